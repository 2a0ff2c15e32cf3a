"""The load generator of bench/sync.py: W simulated workstations pushing at once.

Each simulated workstation has its own Ed25519 key, enrolls for real with a one-time
code, keeps its own hash chain and pushes batches of chained journal entries, each
with a small finalized inspection record, through the real client
(:class:`checkpoint.sync.client.HqClient`: TLS, signed requests, verified answers).
A request that fails is retried with the same batch (idempotent), as the real engine
would. Runs in its own process so that HQ and the load each have a core.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from _util import percentiles
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from checkpoint.domain.chain import canonical, digest, entry_hash, genesis_hash
from checkpoint.domain.ids import new_id, utc_now
from checkpoint.errors import SyncError
from checkpoint.sync.client import HqClient
from checkpoint.sync.protocol import box, wire
from checkpoint.sync.protocol.items import push_body

FILLER = "Routine inspection; nothing to report. " * 20


class Station:
    def __init__(self, url: str, ca: str, code: str) -> None:
        self.device = new_id()
        self.key = Ed25519PrivateKey.generate()
        self.client = HqClient(url, device=self.device, key=self.key, hq_key=None,
                               ca_file=__import__("pathlib").Path(ca), timeout=(10.0, 120.0))
        body = {"device": self.device, "verify_key": wire.b64(self.key.public_key()
                                                              .public_bytes_raw()),
                "box_key": wire.b64(box.raw_public(X25519PrivateKey.generate().public_key())),
                "code": code, "label": "load"}
        reply = self.client.call("POST", "/v1/enroll", seq=0, body=wire.encode(body))
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        self.client.hq_key = Ed25519PublicKey.from_public_bytes(
            wire.unb64(reply.body["signing_key"]))
        self.seq, self.head = 0, genesis_hash(self.device)
        self.acked = 0
        self.latencies: list[float] = []
        self.retries = 0

    def batch(self, size: int) -> bytes:
        texts = []
        for _ in range(size):
            rid = new_id()
            now = utc_now()
            doc = {"schema": "inspection.v1", "id": rid, "status": "finalized",
                   "device_id": self.device, "author": "load", "created_at": now,
                   "updated_at": now, "finalized_at": now, "remarks": FILLER}
            text = canonical(doc)
            payload = canonical({"status": "finalized", "digest": digest(text)})
            self.seq += 1
            pd = digest(payload)
            h = entry_hash(self.seq, now, "load", "inspection.finalize", f"inspection:{rid}",
                           pd, self.head)
            entry = {"seq": self.seq, "time": now, "actor": "load",
                     "action": "inspection.finalize", "subject": f"inspection:{rid}",
                     "payload_digest": pd, "payload": payload, "prev_hash": self.head,
                     "hash": h}
            self.head = h
            record = {"id": rid, "kind": "inspection", "status": "finalized",
                      "created_at": now, "updated_at": now, "author": "load",
                      "device_id": self.device, "amends": None, "attachments": []}
            texts.append(wire.dumps(entry)[:-1] + ',"record":' + wire.dumps(record)[:-1]
                         + ',"document":' + text + "}}")
        return push_body(texts)

    def run(self, deadline: float, size: int, start: threading.Barrier) -> None:
        start.wait()
        while time.monotonic() < deadline:
            body = self.batch(size)
            while True:
                t = time.perf_counter()
                try:
                    reply = self.client.call("POST", "/v1/push", seq=self.seq, body=body)
                except SyncError:
                    self.retries += 1
                    if time.monotonic() > deadline + 120:
                        raise
                    continue
                self.latencies.append(time.perf_counter() - t)
                self.acked += sum(r["status"] in (wire.APPLIED, wire.DUPLICATE)
                                  for r in reply.body["results"])
                break


def _healthz(stations: list[Station], seconds: float) -> float:
    """Requests per second of the unsigned /healthz over the same connections."""
    count = [0]
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def hit(st: Station) -> None:
        n = 0
        while time.monotonic() < deadline:
            st.client.session.get(st.client.url + "/healthz", timeout=60)
            n += 1
        with lock:
            count[0] += n

    threads = [threading.Thread(target=hit, args=(s,)) for s in stations]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return count[0] / seconds


def run_load(spec: dict[str, Any]) -> dict[str, Any]:
    stations = [Station(spec["url"], spec["ca"], code) for code in spec["codes"]]
    baseline = _healthz(stations, min(10.0, spec["seconds"] / 6))
    start = threading.Barrier(len(stations) + 1)
    seconds = float(spec["seconds"])
    deadline = time.monotonic() + seconds
    threads = [threading.Thread(target=s.run, args=(deadline, spec["batch"], start))
               for s in stations]
    for t in threads:
        t.start()
    start.wait()
    began = time.monotonic()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - began
    latencies = [x for s in stations for x in s.latencies]
    acked = sum(s.acked for s in stations)
    return {"workstations": len(stations), "seconds": round(elapsed, 1),
            "batch": spec["batch"], "requests": len(latencies),
            "accepted_records_per_s": round(acked / elapsed),
            "latency": percentiles(latencies), "retries": sum(s.retries for s in stations),
            "baseline_healthz_requests_per_s": round(baseline),
            "acked": {s.device: s.acked for s in stations}}
