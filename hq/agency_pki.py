"""Client certificates for agencies, issued by HQ's CA (mutual TLS).

An agency's certificate names it (CN = the agency code, OU = its kind) and may be used
for TLS client authentication only. HQ keeps its SHA-256 fingerprint and public key:
each agency request is signed with the certificate's key (:mod:`hq.agency_auth`), and
a revoked agency is refused whatever certificate it shows.
"""

from __future__ import annotations

import datetime as dt

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


def load_ca(cert_pem: bytes, key_pem: bytes) -> tuple[ec.EllipticCurvePrivateKey,
                                                      x509.Certificate]:
    key = serialization.load_pem_private_key(key_pem, password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise ValueError("HQ's CA key is not an EC key")
    return key, x509.load_pem_x509_certificate(cert_pem)


def make_client_cert(ca_key: ec.EllipticCurvePrivateKey, ca_cert: x509.Certificate,
                     code: str, kind: str, days: int = 825,
                     ) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, code),
                      x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, kind),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Checkpoint agencies")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(ca_cert.subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, False, False, False, False, False, False, False,
                                     False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    return key, cert


def fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex()
