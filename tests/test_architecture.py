"""The core runs without Qt: no module under workbench/core imports PySide6, and it imports with Qt hidden."""

from __future__ import annotations

import ast
import subprocess
import sys

from .conftest import ROOT


def test_no_core_module_imports_pyside6():
    for path in (ROOT / "workbench" / "core").glob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n.startswith("PySide6") for n in names), f"{path.name} imports {names}"


def test_the_engine_runs_with_qt_unavailable():
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "from workbench.core.pipeline import Engine\n"
        "a = Engine().analyze('Clashes erupted in Tripoli on Saturday.')\n"
        "assert any(p.name == 'Tripoli' for p in a.places)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr
