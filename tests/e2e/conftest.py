"""The real HQ on 127.0.0.1 over TLS (a CA made by the test), on SQLite and PostgreSQL.

Every test that takes ``hq`` runs twice: against HQ on SQLite and on a throwaway
PostgreSQL cluster (one per test worker, a new database per test).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hq import devices, publish
from hq.app import create_app
from hq.config import HqConfig, init_hq
from hq.db import Tx
from hq.faults import Faults
from hq.server import ServerThread
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e import pg

POST = "UA-PL-01"


class Hq:
    """A running HQ and handles on its database and fault plan."""

    def __init__(self, config: HqConfig, faults: Faults) -> None:
        self.config, self.faults = config, faults
        self.app = create_app(config, faults=faults)
        self.db = self.app.state.hq.db
        self.server = ServerThread(self.app, config).start()

    @property
    def url(self) -> str:
        return self.server.url

    def stop(self) -> None:
        self.server.stop()
        self.db.close()

    @contextlib.contextmanager
    def tx(self) -> Iterator[Tx]:
        with self.db.transaction() as tx:
            yield tx

    def code(self, post: str = POST, hours: float = 72.0) -> str:
        with self.tx() as tx:
            return devices.issue_code(tx, post, hours)

    def scalar(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        with self.tx() as tx:
            return tx.one(sql, params)[0]

    def publish_operator(self, device: str, username: str, role: str = "inspector") -> str:
        with self.tx() as tx:
            return publish.publish_operator(tx, username, role,
                                            publish.devices_for(tx, device, None))

    def revoke_operator(self, device: str, username: str) -> None:
        with self.tx() as tx:
            publish.revoke_operator(tx, username, publish.devices_for(tx, device, None))

    def publish_reference(self, collection: str, entries: list[dict[str, Any]]) -> None:
        with self.tx() as tx:
            publish.publish_reference(tx, collection, entries)

    def alerts(self) -> list[str]:
        with self.tx() as tx:
            return [r[0] for r in tx.all("SELECT kind FROM alerts ORDER BY id")]


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[pg.Cluster | None]:
    bindir = pg.binaries()
    if bindir is None:
        yield None
        return
    cluster = pg.Cluster(bindir).start()
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest) -> str | None:
    if backend == "sqlite":
        return None
    cluster = request.getfixturevalue("pg_cluster")
    if cluster is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL binaries are missing in CI: build/install-system-deps.sh "
                        "test installs them")
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) are not installed: "
                    "apt-get install postgresql")
    return str(cluster.new_database())


@pytest.fixture
def hq_config(tmp_path: Path, database_url: str | None) -> HqConfig:
    return init_hq(tmp_path / "hq", ["127.0.0.1", "localhost"], database_url)


@pytest.fixture
def hq(hq_config: HqConfig) -> Iterator[Hq]:
    server = Hq(hq_config, Faults())
    yield server
    server.stop()


@pytest.fixture
def enrolled(workstation: Path, hq: Hq) -> Path:
    """The conftest workstation, enrolled with ``hq``."""
    from checkpoint.services.session import login
    from checkpoint.services.sync import enrollment

    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        enrollment.enroll(s, hq.url, hq.code(), hq.config.ca_cert.read_bytes())
    return workstation
