"""Mutation testing of workbench/core with mutmut: how many small planted bugs the test suite catches.

    python bench/mutation.py                       # every module of workbench/core, one mutant in 25: 70 minutes
    python bench/mutation.py dates rules.places    # chosen modules (a package's own code: `export`)
    python bench/mutation.py --sample 1 dates      # every mutant of a module, not a sample
    python bench/mutation.py --again               # after writing tests: the last run's survivors tried again
    python bench/mutation.py --report              # the last run's figures again, trying nothing
    python bench/mutation.py --list                # the modules and the tests left out

The modules run in one copy of the project (under --workdir, default /tmp/workbench-mutation), so the
working tree never sees mutmut's `mutants/` folder. mutmut runs the suite once to learn which tests call
which function, then runs against each mutant only the tests that call the function it changed (the real
tests: real spaCy model, real SQLite); the tests that open Qt windows, a browser or PDF printing, and the
few that take seconds each, are left out (LEFT_OUT). The spaCy model is loaded once, in the process mutmut
forks every mutant's process from (tests/conftest.py's WORKBENCH_TESTS_LOAD_MODEL_FIRST), not once per
mutant; the modules whose code runs while the model loads (LOADED_WITH_MODEL) are tried in a second copy
that loads it per mutant, else their mutants would never run. Prints, per module, the kill rate and every
surviving mutant's changed lines (`mutmut show NAME` in the copy's folder shows its diff), then the total.
A sample is drawn with a fixed seed, so two runs over the same code try the same mutants; `--again` keeps
the last run's copy and sample and tries again, with the tests and code as they are now, only the mutants
it tried and did not catch, and those a changed function made anew (the caught stay caught: tests are added,
not taken away); given modules, it leaves the other copy alone. Never in CI.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "workbench" / "core"
SEED = 13
DEFAULT_SAMPLE = 25  # the whole core in about 70 minutes on two busy cores (README, "Tests that bite")

# Functions of these modules run while the model loads (the organisation ruler's patterns, the settings
# that name the model): loaded once ahead of the fork, their mutants would run nowhere.
LOADED_WITH_MODEL = {"nlp", "lexicon", "settings"}

# Left out of every mutant's run: tests that open Qt windows, QtWebEngine or PDF printing (forked from a
# process with the model's threads, and seconds each), and tests of a few seconds each whose behaviour
# faster tests also check (the command line in a subprocess, fuzzing, gazetteer rebuilds).
LEFT_OUT_FILES = [
    "tests/test_gui.py",
    "tests/test_window_shape.py",
    "tests/test_install.py",
    "tests/test_architecture.py",
    "tests/test_cli.py",
]
LEFT_OUT_FIXTURES = {"qapp", "qtbot", "make_window"}
LEFT_OUT_TESTS = [
    "test_well_formed_damaged_and_noise_files_of_every_format_never_crash_the_import",
    "test_articles_of_hostile_strings_and_any_unicode_export_inert",
    "test_random_bytes_in_any_text_format_are_imported_or_refused_with_a_reason",
    "test_cli_export_writes_every_format",
    "test_an_import_killed_mid_batch_leaves_a_whole_library_and_the_next_import_completes",
    "test_two_imports_of_overlapping_folders_at_once_store_each_file_exactly_once",
    "test_the_command_line_prints_hostile_text_inert_and_its_json_gives_back_the_strings",
]

# Written into the copy as its root conftest.py: pytest reads it before tests/conftest.py.
LEAVE_OUT_PLUGIN = f'''"""Written by bench/mutation.py: leaves out the tests a mutation run does not try."""

LEFT_OUT_FILES = {LEFT_OUT_FILES!r}
LEFT_OUT_FIXTURES = set({sorted(LEFT_OUT_FIXTURES)!r})
LEFT_OUT_TESTS = {LEFT_OUT_TESTS!r}


def pytest_collection_modifyitems(config, items):
    left_out = [item for item in items if LEFT_OUT_FIXTURES.intersection(getattr(item, "fixturenames", ()))
                or getattr(item, "originalname", item.name) in LEFT_OUT_TESTS
                or item.nodeid.split("::")[0] in LEFT_OUT_FILES]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if item not in left_out]
'''
COPIED = ["workbench", "tests", "resources", "seeds", "packaging", "pyproject.toml"]  # tests read packaging/*.py


def core_modules() -> dict[str, Path]:
    """Every module of workbench/core with code to mutate, by dotted name under core ('rules.places');
    a package's own code goes by the package's name ('export')."""
    modules = {}
    for path in sorted(CORE.rglob("*.py")):
        relative = path.relative_to(CORE).with_suffix("")
        parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
        if parts and "def " in path.read_text():
            modules[".".join(parts)] = path.relative_to(ROOT)
    return modules


def gazetteer_path() -> Path:
    """The gazetteer the tests use, shared by every copy (building it again would take a minute each):
    WORKBENCH_GAZETTEER's if set (a file built from this tree's additions, when the shared one is not)."""
    if os.environ.get("WORKBENCH_GAZETTEER"):
        return Path(os.environ["WORKBENCH_GAZETTEER"])
    sys.path.insert(0, str(ROOT))
    from workbench.core.gazetteer import GAZETTEER_VERSION

    return ROOT / ".cache" / f"gazetteer-v{GAZETTEER_VERSION}.sqlite"


def prepare_copy(folder: Path, sources: list[Path]) -> None:
    """A fresh copy of the project with a mutmut section that mutates only `sources`."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, folder / name)
    (folder / "conftest.py").write_text(LEAVE_OUT_PLUGIN)
    lines = "\n    ".join
    # setup.cfg, because mutmut reads pyproject.toml's [tool.mutmut] first and we keep none there.
    (folder / "setup.cfg").write_text(
        "[mutmut]\n"
        "source_paths = workbench\n"
        f"only_mutate =\n    {lines(str(s) for s in sources)}\n"
        "also_copy =\n    tests\n    resources\n    seeds\n    packaging\n    pyproject.toml\n    conftest.py\n"
        # The folder, not a list of its files: a test file written after the first run (--again) is tried too.
        "pytest_add_cli_args_test_selection =\n    tests\n"
        "pytest_add_cli_args =\n    -q\n    -p\n    no:cacheprovider\n"
        # With the model shared, a mutant's tests take what they took in the clean run plus a second of
        # start-up; a mutant that loops forever is stopped after a few times that.
        "timeout_constant = 10\n"
        "timeout_multiplier = 3\n"
        # Forked straight from a process that ran the suite (spaCy's and Qt's threads), a mutant's tests
        # can hang on a lock some other thread held: fork them from a server that only collected them.
        "process_isolation = forkserver\n"
    )


def mutant_names(folder: Path, source: Path) -> list[str]:
    """The names mutmut gives the mutants of one source file, as `mutmut run` would make them."""
    from mutmut.mutation.file_mutation import mutate_file_contents
    from mutmut.utils.format_utils import get_mutant_name

    with contextlib.chdir(folder):
        mutated = mutate_file_contents(str(source), source.read_text())
        return [get_mutant_name(source, name) for name in mutated.mutant_names]


def sampled(names: list[str], every: int, module: str) -> list[str]:
    """One mutant in `every`, drawn with a fixed seed per module (the same code gives the same sample)."""
    if every <= 1:
        return names
    return sorted(random.Random(f"{SEED}:{module}").sample(sorted(names), math.ceil(len(names) / every)))


def refresh_copy(folder: Path) -> None:
    """The copy's tests and code replaced by the working tree's. The code is copied with fresh times, so
    mutmut makes the mutants again: a function that changed gets new ones (and no result), the others keep
    theirs."""
    for name in ("tests", "workbench"):
        shutil.rmtree(folder / name)
        shutil.copytree(
            ROOT / name, folder / name, ignore=shutil.ignore_patterns("__pycache__"), copy_function=shutil.copy
        )


def run_mutmut(folder: Path, names: list[str], children: int, model_first: bool) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        WORKBENCH_GAZETTEER=str(gazetteer_path()),
        OMP_NUM_THREADS="1",
        OPENBLAS_NUM_THREADS="1",
    )
    if model_first:
        env["WORKBENCH_TESTS_LOAD_MODEL_FIRST"] = "1"
    mutmut = Path(sys.executable).parent / "mutmut"
    subprocess.run(
        [str(mutmut), "run", "--max-children", str(children), *names],
        cwd=folder,
        env=env,
        stdout=subprocess.DEVNULL,
        check=False,
    )


def outcomes(folder: Path, source: Path, names: list[str]) -> dict[str, int | None]:
    """Each tried mutant's name -> the exit code of the tests run against it (1 caught, 0 survived)."""
    meta = folder / "mutants" / f"{source}.meta"
    if not meta.exists():
        return {}
    codes = json.loads(meta.read_text())["exit_code_by_key"]
    return {name: codes.get(name) for name in names}


def changed_lines(folder: Path, name: str) -> list[str]:
    """The lines a mutant changed, from `mutmut show`'s diff."""
    mutmut = Path(sys.executable).parent / "mutmut"
    diff = subprocess.run([str(mutmut), "show", name], cwd=folder, capture_output=True, text=True, check=False).stdout
    return [line.strip() for line in diff.splitlines() if line[:1] in "+-" and not line.startswith(("+++", "---"))]


# Exit codes as mutmut reads them: 1 and 3 are a failing test run; a timeout is counted as caught, as
# mutmut does (a mutant that loops forever is a caught bug), and shown apart.
KILLED = {1, 3}
TIMEOUTS = {24, -24, 36, 152, 255}
CAUGHT = KILLED | TIMEOUTS


def report(module: str, folder: Path, results: dict[str, int | None], every: int, show: bool) -> tuple[int, int]:
    killed = [name for name, code in results.items() if code in KILLED]
    timeouts = [name for name, code in results.items() if code in TIMEOUTS]
    survived = sorted(name for name, code in results.items() if code == 0)
    untested = sorted(name for name, code in results.items() if code in (5, 33))
    # Not run: a run stopped early (^C) leaves them without a result; they count nowhere.
    not_run = [name for name, code in results.items() if code is None]
    caught = len(killed) + len(timeouts)
    tried = len(results) - len(not_run)
    rate = caught / tried if tried else 0.0
    sample = f"one in {every}" if every > 1 else "every mutant"
    print(
        f"{module:20} {caught:4} / {tried:4} killed  {rate:6.1%}  ({len(timeouts)} by a timeout;"
        f" {len(survived)} survived, {len(untested)} reached by no test; {sample}"
        + (f", {len(not_run)} not run" if not_run else "")
        + ")",
        flush=True,
    )
    if show:
        for name in survived + untested:
            print(f"  {'survived' if name in survived else 'no test'}: {name}")
            for line in changed_lines(folder, name):
                print(f"      {line}")
    return caught, tried


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("modules", nargs="*", help="modules under workbench/core (default: all of them)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/workbench-mutation"))
    parser.add_argument("--children", type=int, default=os.cpu_count() or 2)
    parser.add_argument(
        "--sample",
        type=int,
        default=DEFAULT_SAMPLE,
        metavar="N",
        help=f"try one mutant in N, drawn with a fixed seed (default {DEFAULT_SAMPLE}; 1: all)",
    )
    parser.add_argument("--quiet", action="store_true", help="the kill rates only, not the surviving mutants")
    parser.add_argument(
        "--again",
        action="store_true",
        help="try again the mutants the last run in --workdir did not catch, with today's tests",
    )
    parser.add_argument("--report", action="store_true", help="print the last run's figures again, trying nothing")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    modules = core_modules()
    chosen = args.modules or list(modules)
    unknown = [m for m in chosen if m not in modules]
    if unknown:
        parser.error(f"no module {unknown} in workbench/core; see --list")
    if args.list:
        for module, source in modules.items():
            print(f"{module:20} {source}{'  (model loaded per mutant)' if module in LOADED_WITH_MODEL else ''}")
        print("left out:", *LEFT_OUT_FILES, *sorted(LEFT_OUT_FIXTURES), *LEFT_OUT_TESTS, sep="\n  ")
        return
    total_caught = total_tried = 0
    for model_first in (True, False):
        group = [m for m in chosen if (m in LOADED_WITH_MODEL) != model_first]
        folder = args.workdir / ("model-shared" if model_first else "model-per-mutant")
        if not group:  # its copy is left alone: another run may be trying its mutants meanwhile
            continue
        if args.again or args.report:
            if not (folder / "sample.json").exists():
                continue
            last = json.loads((folder / "sample.json").read_text())
            every, names = last["every"], {m: n for m, n in last["names"].items() if m in group}
            if args.again:
                refresh_copy(folder)
                uncaught = [
                    n for m in names for n, code in outcomes(folder, modules[m], names[m]).items() if code not in CAUGHT
                ]
                if uncaught:  # with no names mutmut would try every mutant
                    run_mutmut(folder, uncaught, args.children, model_first)
                # Running, mutmut made a changed function's mutants anew: caught before, they have no result now.
                fresh = [n for m in names for n, code in outcomes(folder, modules[m], names[m]).items() if code is None]
                if fresh:
                    run_mutmut(folder, fresh, args.children, model_first)
        else:
            prepare_copy(folder, [modules[m] for m in group])
            every, names = args.sample, {m: sampled(mutant_names(folder, modules[m]), args.sample, m) for m in group}
            (folder / "sample.json").write_text(json.dumps({"every": every, "names": names}, indent=1))
            run_mutmut(folder, [n for m in group for n in names[m]], args.children, model_first)
        for module in names:
            caught, tried = report(
                module, folder, outcomes(folder, modules[module], names[module]), every, not args.quiet
            )
            total_caught += caught
            total_tried += tried
    if total_tried:
        scope = "workbench/core" if not args.modules else "these modules"
        print(f"{scope}: {total_caught} of {total_tried} killed, {total_caught / total_tried:.1%}")


if __name__ == "__main__":
    main()
