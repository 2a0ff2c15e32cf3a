"""Sync in the desktop app, standing on :mod:`checkpoint.services.sync` only.

- :mod:`.controller`: ``SyncController``, the session's background sync and its status
  (no network or database work on the GUI thread);
- :mod:`.status_bar`: ``SyncBar``, the status bar's sync indicator and details text;
- :mod:`.dialogs`: the supervisor's dialogs (enroll with HQ, items HQ refused);
- :mod:`.menu`: ``SyncUi``, the Sync menu and toolbar tied to the main window.
"""
