"""The supervisor's review of a shift: the window, its charts, the signed report PDF."""
