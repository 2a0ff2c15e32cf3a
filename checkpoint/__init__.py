"""Checkpoint: the offline-capable workstation client for border and customs checkpoints."""

__version__ = "0.1.0"
