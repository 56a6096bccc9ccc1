#!/usr/bin/env bash
# Seconds from launching the bundle to its window being mapped on an X screen (run under xvfb-run).
# usage: xvfb-run -a packaging/measure-startup.sh [dist/workbench/workbench]
set -u
app="${1:-dist/workbench/workbench}"
home="$(mktemp -d)"
start=$(date +%s.%N)
HOME="$home" QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu" "$app" >/dev/null 2>&1 &
pid=$!
until xdotool search --onlyvisible --name "Workbench" >/dev/null 2>&1; do
  sleep 0.02
  kill -0 "$pid" 2>/dev/null || { echo "the app exited before showing a window" >&2; exit 1; }
done
end=$(date +%s.%N)
kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
python3 -c "print(f'window on screen after {$end - $start:.2f} s')"
