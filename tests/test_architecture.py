"""The floors hold: no module of the core (sub-packages too) imports PySide6, the core imports with Qt hidden,
and the command line loads Qt's widgets only to open the window."""

from __future__ import annotations

import ast
import os
import subprocess
import sys

from .conftest import ROOT, SEED

CORE = ROOT / "workbench" / "core"
# The command line's functions that open the window: only they may reach the widgets.
OPENS_THE_WINDOW = {"cmd_gui", "main"}


def imported_modules(node: ast.AST) -> list[str]:
    """The modules an import statement names ('.qt.app' for a relative import), or none for any other node."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if isinstance(node, ast.ImportFrom):
        return ["." * node.level + (node.module or "")]
    return []


def test_no_core_module_imports_pyside6_not_even_in_its_sub_packages():
    paths = sorted(CORE.rglob("*.py"))
    assert {p.parent.name for p in paths} >= {"core", "rules", "export", "readers"}
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text())):
            names = imported_modules(node)
            assert not any(n.startswith("PySide6") for n in names), f"{path.relative_to(ROOT)} imports {names}"


def test_the_command_line_imports_widgets_only_in_the_function_that_opens_the_window():
    tree = ast.parse((ROOT / "workbench" / "cli.py").read_text())
    for node in tree.body:  # nothing of Qt at the top of the module: `workbench list` never loads it
        assert not any(n.startswith(("PySide6", ".qt", ".selftest")) for n in imported_modules(node)), ast.unparse(node)
    for function in (n for n in tree.body if isinstance(n, ast.FunctionDef)):
        for node in ast.walk(function):
            for name in imported_modules(node):
                widgets = name.startswith(("PySide6.QtWidgets", ".selftest")) or (
                    name.startswith(".qt") and name != ".qt.pdf"
                )
                assert not widgets or function.name in OPENS_THE_WINDOW, f"{function.name} imports {name}"
    pdf = ast.parse((ROOT / "workbench" / "qt" / "pdf.py").read_text())  # what the export command does load
    assert not any("QtWidgets" in n for node in ast.walk(pdf) for n in imported_modules(node))


def test_a_pdf_export_from_the_command_line_runs_with_the_widgets_hidden(tmp_path):
    code = (
        "import sys; sys.modules['PySide6.QtWidgets'] = None\n"
        "from workbench.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    db = str(tmp_path / "library.sqlite")
    run = [sys.executable, "-c", code]
    assert (
        subprocess.run(
            [*run, "ingest", "--db", db, str(SEED)], env=env, cwd=ROOT, capture_output=True, timeout=300
        ).returncode
        == 0
    )
    out = subprocess.run(
        [*run, "export", "--db", db, "--all", "--format", "pdf", "--out", str(tmp_path / "r.pdf")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_the_engine_runs_with_qt_unavailable():
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "from workbench.core.pipeline import Engine\n"
        "a = Engine().analyze('Clashes erupted in Tripoli on Saturday.')\n"
        "assert any(p.name == 'Tripoli' for p in a.places)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr
