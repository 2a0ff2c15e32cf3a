"""The parts of ``rigour`` (OpenSanctions' name library) the matcher uses, in one place.

Measured on this machine (docs/benchmarks.md, "Choosing the libraries"): importing
``rigour.names`` or ``rigour.text`` costs ~80-110 ms and ~30 MB because they load
``normality`` and with it ICU, and the first ``analyze_names`` call loads name tables
for ~6 s and ~260 MB. The functions below are the Rust core's own (the public modules
re-export them unchanged); imported from ``rigour._core`` they cost ~1 ms and ~7 MB and
never touch ICU or the name tables. rigour is pinned, and
tests/unit/screening/test_rigour_adapter.py checks that the public names are these
same objects, so an upgrade that moves them fails a test instead of the matcher.
"""

from __future__ import annotations

from rigour._core import maybe_ascii, metaphone

__all__ = ["maybe_ascii", "metaphone"]
