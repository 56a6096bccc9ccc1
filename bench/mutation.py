"""Mutation testing of workbench/core with mutmut: how many small planted bugs the test suite catches.

    python bench/mutation.py                    # the default modules (dates dedup summary), ~10 minutes
    python bench/mutation.py dates ingest       # chosen modules of workbench/core
    python bench/mutation.py --tenth store      # one mutant in ten, for the slow modules
    python bench/mutation.py --list             # the modules and the tests each one is tried against

Each module runs in its own copy of the project (under --workdir, default /tmp/workbench-mutation), so
the working tree never sees mutmut's `mutants/` folder, and against the test files that exercise it (the
real tests: real spaCy model, real SQLite, Qt offscreen), not the whole suite: with the model loaded for
every mutant the whole suite would take days. Prints, per module, the kill rate and every surviving
mutant (`mutmut show NAME` in that module's folder shows its diff). Slow (minutes per module): never in CI.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODULES = ["dates", "dedup", "summary"]  # minutes each; export and store take hours whole (--tenth)

# The tests that exercise each module, found by what they import (and, for summary, what calls it).
TESTS_FOR = {
    "dates": ["tests/test_dates.py"],
    "dedup": ["tests/test_dedup.py"],
    "summary": ["tests/test_summary.py"],
    "export": ["tests/test_export.py", "tests/test_hostile_renderers.py"],
    "store": ["tests/test_store.py", "tests/test_search_input.py", "tests/test_concurrency.py"],
    "ingest": ["tests/test_ingest.py"],
    "mapsvg": ["tests/test_map.py"],
    "borders": ["tests/test_map.py", "tests/test_place_geography.py"],
    "places": ["tests/test_place_geography.py", "tests/test_rules.py"],
    "pipeline": ["tests/test_engine.py", "tests/test_batch_isolation.py"],
}
# Tests left out per module: they open QtWebEngine or start a process (tens of seconds per mutant).
PYTEST_ARGS = {
    "export": ["-k", "not browser and not pdf and not letter and not cli and not window"],
    "summary": [],
}
COPIED = ["workbench", "tests", "resources", "seeds", "pyproject.toml"]


def gazetteer_path() -> Path:
    """The gazetteer the tests use, shared by every copy (building it again would take a minute each)."""
    sys.path.insert(0, str(ROOT))
    from workbench.core.gazetteer import GAZETTEER_VERSION

    return ROOT / ".cache" / f"gazetteer-v{GAZETTEER_VERSION}.sqlite"


def prepare_copy(module: str, folder: Path) -> None:
    """A fresh copy of the project with a mutmut section that mutates only `module`."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, folder / name)
    tests = "\n    ".join(TESTS_FOR[module])
    # setup.cfg, because mutmut reads pyproject.toml's [tool.mutmut] first and we keep none there.
    (folder / "setup.cfg").write_text(
        "[mutmut]\n"
        "source_paths = workbench\n"
        f"only_mutate = workbench/core/{module}.py\n"
        "also_copy =\n    tests\n    resources\n    seeds\n    pyproject.toml\n"
        f"pytest_add_cli_args_test_selection =\n    {tests}\n"
        "pytest_add_cli_args =\n    -q\n    -p\n    no:cacheprovider\n"
        + "".join(f"    {arg}\n" for arg in PYTEST_ARGS.get(module, []))
        # Each mutant's tests run in a fresh fork that loads the spaCy model again (a few seconds the clean
        # run charged to one test only): without this margin mutmut would call that load a timeout.
        + "timeout_constant = 60\n"
        # Forked straight from a process that ran the suite (spaCy's and Qt's threads), a mutant's tests
        # can hang on a lock some other thread held: fork them from a server that never ran a test.
        + "process_isolation = forkserver\n"
    )


def run_mutmut(folder: Path, children: int, tenth: bool) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WORKBENCH_GAZETTEER=str(gazetteer_path()))
    mutmut = Path(sys.executable).parent / "mutmut"
    # mutmut numbers each function's mutants from 1: those numbered ...0 are a tenth of every function's.
    sample = ["*0"] if tenth else []
    subprocess.run([str(mutmut), "run", "--max-children", str(children), *sample], cwd=folder, env=env,
                   stdout=subprocess.DEVNULL, check=False)


def outcomes(folder: Path, module: str) -> dict[str, int | None]:
    """Each mutant's name -> the exit code of the tests run against it (1 caught, 0 survived)."""
    meta = folder / "mutants" / "workbench" / "core" / f"{module}.py.meta"
    if not meta.exists():
        return {}
    return json.loads(meta.read_text())["exit_code_by_key"]


def changed_lines(folder: Path, name: str) -> list[str]:
    """The lines a mutant changed, from `mutmut show`'s diff."""
    mutmut = Path(sys.executable).parent / "mutmut"
    diff = subprocess.run([str(mutmut), "show", name], cwd=folder, capture_output=True, text=True, check=False).stdout
    return [line.strip() for line in diff.splitlines()
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def report(module: str, folder: Path, results: dict[str, int | None]) -> tuple[int, int]:
    # Exit codes as mutmut reads them: 1 and 3 are a failing test run; a timeout (24, 36, 152, 255) is
    # shown apart and counted as caught, as mutmut does (a mutant that loops forever is a caught bug).
    killed = [name for name, code in results.items() if code in (1, 3)]
    timeouts = [name for name, code in results.items() if code in (24, -24, 36, 152, 255)]
    survived = sorted(name for name, code in results.items() if code == 0)
    untested = sorted(name for name, code in results.items() if code in (5, 33))
    caught = len(killed) + len(timeouts)
    tried = caught + len(survived) + len(untested)
    rate = caught / tried if tried else 0.0
    print(f"{module:10} {caught:4} / {tried:4} killed  {rate:6.1%}  ({len(timeouts)} of them by a timeout;"
          f" {len(survived)} survived, {len(untested)} reached by no test)")
    for name in survived + untested:
        print(f"  {'survived' if name in survived else 'no test'}: {name.split('.')[-1]}")
        for line in changed_lines(folder, name):
            print(f"      {line}")
    return len(killed), tried


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("modules", nargs="*", default=DEFAULT_MODULES)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/workbench-mutation"))
    parser.add_argument("--children", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--tenth", action="store_true",
                        help="try one mutant in ten (for modules whose tests load the model: store, export)")
    args = parser.parse_args()
    if args.list:
        for module, tests in TESTS_FOR.items():
            print(f"{module:10} {' '.join(tests)}")
        return
    unknown = [m for m in args.modules if m not in TESTS_FOR]
    if unknown:
        parser.error(f"no tests listed for {unknown}; see --list")
    total_killed = total_tried = 0
    for module in args.modules:
        folder = args.workdir / module
        prepare_copy(module, folder)
        run_mutmut(folder, args.children, args.tenth)
        caught, tried = report(module, folder, outcomes(folder, module))
        total_killed += caught
        total_tried += tried
    if total_tried:
        print(f"{'all':10} {total_killed:4} / {total_tried:4} killed  {total_killed / total_tried:6.1%}")


if __name__ == "__main__":
    main()
