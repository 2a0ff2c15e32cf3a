"""The sync protocol, shared by the workstation and the reference HQ server.

Nothing here does I/O: it encodes and decodes message bodies (:mod:`.wire`), signs
and verifies requests and answers (:mod:`.signing`), seals secrets to an X25519 key
(:mod:`.box`) and writes and opens offline transfer bundles (:mod:`.bundle`).
``docs/protocol.md`` describes the messages.
"""
