"""The reference headquarters (HQ) server: FastAPI on uvicorn, SQLite or PostgreSQL.

``checkpoint-hq`` (:mod:`hq.cli`) creates an HQ folder, serves the ``/v1`` sync API
over HTTPS and administers enrollment codes, workstations and published data.
HQ uses only the shared parts of the client: the journal's hash functions, the
record formats and :mod:`checkpoint.sync.protocol`.
"""
