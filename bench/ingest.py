"""Import-to-store throughput beside raw `nlp.pipe` of the stock pipeline over the same texts, in one run.

    python bench/ingest.py [--samples ../shared/samples] [--copies 12]

The texts are the sample articles (and the seed), each written out `--copies` times with a distinct
first line so that deduplication does not skip them. The baseline is the stock en_core_web_sm pipeline
(every component, as `spacy.load` gives it) running `nlp.pipe` over the same texts, nothing else.
The workbench figure covers everything an import does: reading files, hashing, NLP with the mended
entities, places, dates, near-duplicate search and one SQLite transaction per article.
Model loading is left out of both timings (each is loaded before its clock starts); each figure is
the best of --repeat runs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.core.ingest import read_article  # noqa: E402
from workbench.core.pipeline import Engine, ingest_paths  # noqa: E402
from workbench.core.settings import model_name  # noqa: E402
from workbench.core.store import Store  # noqa: E402


def corpus(samples: Path, copies: int, folder: Path) -> list[Path]:
    sources = sorted(samples.glob("*.txt")) + [ROOT / "seeds" / "khazali-withdrawal.txt"]
    files = []
    for n in range(copies):
        for src in sources:
            draft = read_article(src)
            f = folder / f"{n:03d}-{src.name}"
            f.write_text(f"Title: {draft.title}\nPublished: {draft.published or 'unknown'}\n\n"
                         f"Copy {n} of this story.\n\n{draft.text}", encoding="utf-8")
            files.append(f)
    return files


def best_of(repeat: int, job) -> float:
    """The fastest of `repeat` runs: the least disturbed by whatever else the machine does."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        job()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--samples", type=Path, default=ROOT.parent / "shared" / "samples")
    parser.add_argument("--copies", type=int, default=12)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    import spacy

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        files = corpus(args.samples, args.copies, folder)
        texts = [read_article(f).text for f in files]
        words = sum(len(t.split()) for t in texts)

        stock = spacy.load(model_name())
        list(stock.pipe(texts[:4]))
        raw = best_of(args.repeat, lambda: list(stock.pipe(texts)))  # spaCy's own default batch size

        engine = Engine()
        engine.warm_up()
        results: list[str] = []

        def ingest_once() -> None:
            results.clear()
            store = Store(Path(tempfile.mkdtemp(dir=tmp)) / "library.sqlite")
            results.extend(p.result.status for p in ingest_paths(store, engine, files))
            store.close()

        ours = best_of(args.repeat, ingest_once)

        # One very long article (every text of the corpus end to end): the rules must stay near-linear.
        long_text = "\n\n".join(texts[: len(texts) // args.copies * 4])
        long_raw = best_of(1, lambda: stock(long_text))
        long_ours = best_of(1, lambda: engine.analyze(long_text, None))

    assert results.count("stored") == len(files), results
    n = len(files)
    print(f"{n} articles, {words} words")
    print(f"raw nlp.pipe, stock pipeline : {n / raw:7.1f} articles/s  {words / raw:9.0f} words/s")
    print(f"workbench ingest, to SQLite  : {n / ours:7.1f} articles/s  {words / ours:9.0f} words/s")
    print(f"ratio (workbench / raw)      : {raw / ours:.2f}x")
    print(f"one long article, {len(long_text.split())} words: raw {long_raw:.2f} s, workbench analysis {long_ours:.2f} s "
          f"({long_raw / long_ours:.2f}x)")


if __name__ == "__main__":
    main()
