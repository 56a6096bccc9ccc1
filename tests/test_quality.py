"""The engine on the gold-annotated samples, scored by the samples' own score.py: a guard against
regressions (not a speed test). The figures in the README come from bench/quality.py."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date

from workbench.core.export import analysis_to_json
from workbench.core.ingest import read_article


def test_sample_quality_stays_above_the_aims(engine, samples, tmp_path):
    gold = json.loads((samples / "gold.json").read_text())
    for g in gold:
        draft = read_article(samples / g["file"])
        published = date.fromisoformat(g["published"]) if g["published"] else None
        data = analysis_to_json(draft, engine.analyze(draft.text, published))
        (tmp_path / f"{g['file']}.json").write_text(json.dumps(data))
    out = subprocess.run(
        [sys.executable, str(samples / "score.py"), str(samples / "gold.json"), str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    figures = dict(re.findall(r"(\w+)=([\d.]+)", out.strip().splitlines()[-1]))
    assert float(figures["placeF1"]) >= 0.93, out
    assert float(figures["map161"]) >= 0.90, out
    assert float(figures["dates"]) >= 0.90, out
