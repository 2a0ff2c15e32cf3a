"""Synchronisation with HQ: the shared protocol, the HTTP client, batching, scheduling.

Nothing here touches the store: ``checkpoint.services.sync`` reads the journal and
records and hands this package plain values.
"""
