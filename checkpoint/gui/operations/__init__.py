"""Joint-operation notices in the desktop program (the banner, acknowledging, linking)."""
