#!/usr/bin/env bash
# Every file format the workbench reads, read by the bundle itself with an empty environment: each file in
# packaging/smoke/ (made by make.py) must be analysed with its place found (Timbuktu in the French one,
# read by the French model). A reader whose library the bundle lost fails here, as every PDF once did when
# the bundle dropped cryptography's _cffi_backend. usage: packaging/smoke-formats.sh [dist/workbench/workbench]
set -u
app="${1:-dist/workbench/workbench}"
home="$(mktemp -d)"
failed=0
for file in packaging/smoke/article*; do
  case "$file" in *-fr.*) place=Timbuktu ;; *) place=Baghdad ;; esac
  out="$(env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$app" analyze "$file" 2>&1)"
  if sed -n '/^Places:/,/^$/p' <<<"$out" | grep -q "^  $place "; then
    echo "ok    $file: $place"
  else
    echo "FAIL  $file: no $place among its places"; tail -5 <<<"$out"; failed=1
  fi
done
rm -rf "$home"
exit $failed
