"""The first run: a wizard that sets up the workstation (``SetupWizard``).

``wizard.py`` holds the flow and the work, ``pages.py`` the pages (``ui/setup_*.ui``);
the checks and the work are ``checkpoint.services.first_run``'s.
"""

from __future__ import annotations

from checkpoint.gui.setup.wizard import SetupWizard

__all__ = ["SetupWizard"]
