"""The private rigour functions the matcher imports are the public ones, unchanged."""

from __future__ import annotations

import subprocess
import sys


def test_the_core_functions_are_what_rigour_exports() -> None:
    import rigour.text.translit

    from checkpoint.screening import _rigour

    assert _rigour.maybe_ascii is rigour.text.translit.maybe_ascii
    assert _rigour.maybe_ascii("Щербак") == "Shcherbak"


def test_screening_never_loads_icu_or_name_tables() -> None:
    code = ("import sys; from checkpoint.screening import plan, PersonQuery, Query; "
            "plan(Query(persons=(PersonQuery('Щербак', 'Олег'),))); "
            "print(sorted(m for m in ('icu', 'normality', 'followthemoney', 'nomenklatura') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
