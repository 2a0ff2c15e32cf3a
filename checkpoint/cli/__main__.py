"""``python -m checkpoint.cli``: the same as the ``checkpoint`` command."""

from checkpoint.cli import main

raise SystemExit(main())
