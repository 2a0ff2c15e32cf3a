"""Hatch build hook: compile forms, resources and translations before packaging."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileQtHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "compile-qt"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name not in ("wheel", "editable"):
            return
        script = Path(self.root) / "build" / "compile_qt.py"
        spec = importlib.util.spec_from_file_location("compile_qt", script)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.main([])
