#!/usr/bin/env bash
# `make wheel-check`: the workbench as `pip install` gives it to a user. Builds the wheel, installs it with the
# lock (constraints.txt) into a fresh virtual environment in a temporary folder outside the clone, then, from
# that folder and with an empty home (so the gazetteer is built from the installed data packages), analyses
# the sample article and runs the self-test. Usage: packaging/wheel-check.sh PYTHON
set -euo pipefail
python=${1:-python3}
repo=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
started=$SECONDS

# PIP_CONSTRAINT reaches the isolated build environment too: the wheel is built with the locked setuptools.
PIP_CONSTRAINT="$repo/constraints.txt" "$python" -m pip wheel --quiet --no-deps --wheel-dir "$tmp/dist" "$repo"
wheel=$(ls "$tmp"/dist/workbench-*.whl)
echo "wheel-check: $(basename "$wheel") $(du -k "$wheel" | cut -f1) KB"

"$python" -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install --quiet -c "$repo/constraints.txt" "$wheel"
echo "wheel-check: installed in a fresh venv in $((SECONDS - started)) s"

cd "$tmp"  # nothing of the clone on sys.path: resources and the sample must come from the wheel
export HOME="$tmp/home" QT_QPA_PLATFORM=offscreen
export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox --disable-gpu}"
"$tmp/venv/bin/workbench" analyze "$repo/seeds/khazali-withdrawal.txt" --json > analysis.json
"$tmp/venv/bin/python" - <<'EOF'
import json

names = {place["name"] for place in json.load(open("analysis.json", encoding="utf-8"))["places"]}
missing = [want for want in ("Baghdad", "Mashtal", "Anbar") if not any(want in name for name in names)]
assert not missing, f"the installed wheel's analysis misses {missing} (found {sorted(names)})"
print("wheel-check: the sample's places found:", ", ".join(sorted(names)))
EOF
"$tmp/venv/bin/workbench" --self-test
echo "wheel-check: passed in $((SECONDS - started)) s"
