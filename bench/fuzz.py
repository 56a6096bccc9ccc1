"""Random hostile files through the whole workbench: read -> analyse -> store -> export in every format.

    python bench/fuzz.py [--inputs 10000] [--seed 9] [--pdf-every 20]

Each input is a file of one of the formats the workbench imports (txt, md, html, eml, docx, pdf, in turn):
well formed with hostile content (tests/hostile.py's strings, odd Unicode, news lines), damaged (flipped,
cut, spliced bytes) or plain noise. A file the reader refuses with an IngestError is an expected rejection,
counted by reason; anything else that raises, hangs past --timeout seconds or leaves an export live
(markup in HTML, a raw '<' in Markdown, a formula in CSV, JSON that changed the text) is unexpected and
must not happen. Every article read is analysed, stored and exported; the PDF export (Qt, the slowest
writer) runs on every --pdf-every'th of them.
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.text.font.db=false")  # odd scripts without OpenType fonts: expected

from tests.hostile import FORMATS, Rejected, random_file, through_the_workbench
from workbench.core.pipeline import Engine
from workbench.core.store import Store


class Hung(Exception):
    pass


def _hung(*_):
    raise Hung


def reason_group(reason: str) -> str:
    """'damaged PDF (EOF marker not found)' -> 'damaged PDF': reasons counted without their details."""
    return reason.split(" (")[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--pdf-every", type=int, default=20)
    parser.add_argument("--timeout", type=int, default=60, help="seconds one input may take")
    args = parser.parse_args()
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its warnings about damaged files are expected
    from workbench.qt.app import make_application

    make_application()
    engine = Engine()
    engine.warm_up()
    rng = random.Random(args.seed)
    signal.signal(signal.SIGALRM, _hung)
    outcomes: Counter = Counter()
    rejected: Counter = Counter()
    unexpected: list[str] = []
    read = 0
    started = time.perf_counter()
    with (
        tempfile.TemporaryDirectory(prefix="workbench-fuzz-") as folder,
        Store(Path(folder) / "library.sqlite") as store,
    ):
        for n in range(args.inputs):
            suffix = FORMATS[n % len(FORMATS)]
            path = Path(folder) / f"input{suffix}"
            path.write_bytes(random_file(rng, suffix))
            signal.alarm(args.timeout)
            try:
                pdf = Path(folder) / "report.pdf" if read % args.pdf_every == 0 else None
                problems = through_the_workbench(path, engine, store, pdf_to=pdf)
                read += 1
                outcomes["read, analysed, stored and exported"] += 1
                if problems:
                    unexpected.append(f"input {n} ({suffix}): export not inert: {problems[:3]}")
            except Rejected as exc:
                rejected[f"{suffix[1:]}: {reason_group(exc.args[0])}"] += 1
            except Hung:
                unexpected.append(f"input {n} ({suffix}): still running after {args.timeout} s")
            except Exception:  # noqa: BLE001 - the point: anything that escapes is a bug to report
                unexpected.append(f"input {n} ({suffix}): {traceback.format_exc(limit=4)}")
            finally:
                signal.alarm(0)
            if unexpected and unexpected[-1].startswith(f"input {n} "):
                (Path(folder).parent / f"workbench-fuzz-{n}{suffix}").write_bytes(path.read_bytes())
            if (n + 1) % 1000 == 0:
                print(f"  {n + 1} inputs, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - started
    print(f"inputs: {args.inputs} (seed {args.seed}) in {elapsed:.0f} s")
    for what, count in outcomes.most_common():
        print(f"  {what}: {count}")
    print(f"expected rejections: {sum(rejected.values())}")
    for reason, count in sorted(rejected.items()):
        print(f"  {reason}: {count}")
    print(f"PDF exports: {(read + args.pdf_every - 1) // args.pdf_every}")
    print(f"unexpected: {len(unexpected)}")
    for line in unexpected[:20]:
        print("  " + line.replace("\n", "\n    "))
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
