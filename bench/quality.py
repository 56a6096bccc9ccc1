"""Quality of the article engine on the gold-annotated samples, beside a plain baseline from the same run.

    python bench/quality.py [--samples ../shared/samples] [--keep DIR] [--details] [--sweep]

--details lists every error after the figures (places missed, unplaced, put too far, extra; dates resolved
wrong; people and organisations missed): for the dev split only, never for the blind one. --sweep scores
a few settings of the place resolver's weights (workbench.core.places.PlaceWeights) on the same outputs.

The engine's figures come from `workbench analyze --json`-shaped outputs scored by the samples' own
score.py (imported, so the figures agree with it by construction). The baseline is the stock
en_core_web_sm pipeline with an exact-name gazetteer lookup (most populous match) and dateparser over
its DATE/TIME entities: what one gets without the workbench's rules.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import sys
import tempfile
from contextlib import redirect_stdout
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.core.export import analysis_to_json  # noqa: E402
from workbench.core.gazetteer import open_gazetteer  # noqa: E402
from workbench.core.ingest import read_article  # noqa: E402
from workbench.core.pipeline import Engine  # noqa: E402
from workbench.core.settings import model_name  # noqa: E402


def load_scorer(samples: Path):
    """The samples' own score.py; a folder without one (bench/dev) is scored by ../shared/samples'."""
    path = samples / "score.py"
    if not path.exists():
        path = ROOT.parent / "shared" / "samples" / "score.py"
    spec = importlib.util.spec_from_file_location("gold_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def engine_outputs(samples: Path, gold: list[dict], out: Path) -> None:
    engine = Engine()
    for g in gold:
        draft = read_article(samples / g["file"])
        published = date.fromisoformat(g["published"]) if g["published"] else None
        draft = type(draft)(**{**draft.__dict__, "published": published})
        data = analysis_to_json(draft, engine.analyze(draft.text, published))
        (out / f"{g['file']}.json").write_text(json.dumps(data, ensure_ascii=False))


def baseline_outputs(samples: Path, gold: list[dict], out: Path) -> None:
    import dateparser
    import spacy

    nlp = spacy.load(model_name())
    gazetteer = open_gazetteer()
    for g in gold:
        draft = read_article(samples / g["file"])
        doc = nlp(draft.text)
        base = datetime.fromisoformat(g["published"]) if g["published"] else None
        places, events, entities = [], [], []
        for ent in doc.ents:
            entities.append({"text": ent.text, "label": ent.label_, "start": ent.start_char, "end": ent.end_char})
            if ent.label_ in ("GPE", "LOC", "FAC"):
                exact = [
                    e for e in gazetteer.lookup(ent.text) if e.match == "exact" and e.name.lower() == ent.text.lower()
                ]
                best = max(exact, key=lambda e: (e.kind == "country", e.population), default=None)
                places.append(
                    {
                        "name": ent.text,
                        "kind": best.kind if best else "unknown",
                        "lat": best.lat if best else None,
                        "lon": best.lon if best else None,
                        "mentions": [{"text": ent.text, "start": ent.start_char, "end": ent.end_char}],
                    }
                )
            if ent.label_ in ("DATE", "TIME") and base is not None:
                parsed = dateparser.parse(ent.text, settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
                events.append({"text": ent.text, "date": parsed.date().isoformat() if parsed else None})
        data = {"text": draft.text, "entities": entities, "places": places, "events": events}
        (out / f"{g['file']}.json").write_text(json.dumps(data, ensure_ascii=False))


def scored(scorer, gold_path: Path, outputs: Path) -> str:
    buffer = io.StringIO()
    argv = sys.argv
    sys.argv = ["score.py", str(gold_path), str(outputs)]
    try:
        with redirect_stdout(buffer):
            scorer.main()
    finally:
        sys.argv = argv
    return buffer.getvalue()


def details(scorer, gold: list[dict], outputs: Path) -> str:
    """Every error of the engine's outputs against the gold, article by article, with each place's reason."""
    lines = []
    for g in gold:
        data = json.loads((outputs / f"{g['file']}.json").read_text())
        places, text, used, errors = data["places"], data["text"], set(), []
        for gp in g["places"]:
            hit = next((i for i, c in enumerate(places) if i not in used and scorer.same_place(gp, c)), None)
            if hit is None:
                hit = next((i for i, c in enumerate(places) if i not in used and scorer.overlaps(gp, c, text)), None)
            if hit is None:
                wanted = scorer.norm(gp["mention"])
                read = [
                    (e["text"], e["label"])
                    for e in data["entities"]
                    if wanted in scorer.norm(e["text"]) or scorer.norm(e["text"]) in wanted.split()
                ]
                errors.append(f"  place missed    {gp['mention']!r} ({gp['kind']}); read as {read[:3]}")
                continue
            used.add(hit)
            c = places[hit]
            if c.get("lat") is None:
                errors.append(f"  place unplaced  {gp['mention']!r}: {c.get('reason', '')}")
                continue
            km = scorer.km((gp["lat"], gp["lon"]), (c["lat"], c["lon"]))
            if km > scorer.TOLERANCE_KM.get(gp["kind"], 161):
                errors.append(
                    f"  place {km:6.0f} km {gp['mention']!r} ({gp['kind']}) -> {c['name']}, {c['kind']}, "
                    f"{c['country']}: {c.get('reason', '')}"
                )
        errors += [
            f"  place extra     {c['name']!r} ({c['kind']}, {c['country']}) from "
            f"{[m['text'] for m in c['mentions']][:3]}"
            for i, c in enumerate(places)
            if i not in used
        ]
        for ge in g["events"]:
            mention = scorer.norm(ge["mention"])
            found = [
                (e["text"], e.get("date"))
                for e in data["events"]
                if scorer.norm(e.get("text", ""))
                and (mention in scorer.norm(e["text"]) or scorer.norm(e["text"]) in mention)
            ]
            if not any(
                str(d or "").startswith(ge["date"]) or (ge["date"].startswith(str(d or "")) and len(str(d or "")) >= 7)
                for _, d in found
            ):
                errors.append(f"  date            {ge['mention']!r} is {ge['date']}; read {found or 'nothing'}")
        # The scorer's own judgement, one name at a time: an article scored with only that name as gold.
        for key, label, count in (("people", "PERSON", "people_found"), ("organizations", "ORG", "orgs_found")):
            for name in g[key]:
                alone = {**g, "places": [], "events": [], "people": [], "organizations": [], key: [name]}
                if not scorer.score_article(alone, data)[count]:
                    wanted = scorer.norm(name)
                    errors.append(
                        f"  {label.lower():15} {name!r} missed; read as "
                        f"{[(e['text'], e['label']) for e in data['entities'] if wanted.split()[0] in scorer.norm(e['text'])][:3]}"
                    )
        if errors:
            lines += [g["file"], *errors]
    return "\n".join(lines)


def sweep(samples: Path, gold: list[dict], scorer, gold_path: Path) -> None:
    """Each weight of the place resolver halved and raised by half, one at a time: the model reads each article
    once, the resolver runs once per setting; prints the place figures of every setting beside the current."""
    import dataclasses

    from workbench.core.places import WEIGHTS

    engine = Engine()
    read = []
    for g in gold:
        draft = read_article(samples / g["file"])
        published = date.fromisoformat(g["published"]) if g["published"] else None
        read.append((g, draft, published, engine.reader.read(draft.text)))
    settings = [("current", WEIGHTS)]
    for f in dataclasses.fields(WEIGHTS):
        value = getattr(WEIGHTS, f.name)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value:
            for factor in (0.5, 1.5):
                settings.append(
                    (f"{f.name} x{factor}", dataclasses.replace(WEIGHTS, **{f.name: type(value)(value * factor)}))
                )
    print(f"{'setting':<28} place F1  161 km  gross")
    with tempfile.TemporaryDirectory() as tmp:
        for name, weights in settings:
            out = Path(tmp) / name.replace(" ", "_")
            out.mkdir()
            for g, draft, published, reading in read:
                analysis = engine.analysis_of(draft.text, reading, published, place_weights=weights)
                (out / f"{g['file']}.json").write_text(
                    json.dumps(analysis_to_json(draft, analysis), ensure_ascii=False)
                )
            summary = scored(scorer, gold_path, out).strip().splitlines()[-1]
            figures = dict(part.split("=") for part in summary.split()[1:])
            print(f"{name:<28} {figures['placeF1']:>8}  {figures['map161']:>6}  {figures['gross']:>5}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--samples", type=Path, default=ROOT.parent / "shared" / "samples")
    parser.add_argument("--keep", type=Path, help="keep the engine's JSON outputs in this folder")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--details", action="store_true", help="list every error (dev split only)")
    parser.add_argument("--sweep", action="store_true", help="score settings of the place resolver's weights")
    args = parser.parse_args()
    gold_path = args.samples / "gold.json"
    gold = json.loads(gold_path.read_text())
    scorer = load_scorer(args.samples)
    if args.sweep:
        sweep(args.samples, gold, scorer, gold_path)
        return
    with tempfile.TemporaryDirectory() as tmp:
        ours = Path(args.keep) if args.keep else Path(tmp) / "workbench"
        ours.mkdir(parents=True, exist_ok=True)
        engine_outputs(args.samples, gold, ours)
        print(f"workbench engine ({len(gold)} articles):")
        print(scored(scorer, gold_path, ours))
        if args.details:
            print(details(scorer, gold, ours))
        if not args.no_baseline:
            base = Path(tmp) / "baseline"
            base.mkdir()
            baseline_outputs(args.samples, gold, base)
            print("baseline: stock en_core_web_sm + exact-name gazetteer + dateparser:")
            print(scored(scorer, gold_path, base))


if __name__ == "__main__":
    main()
