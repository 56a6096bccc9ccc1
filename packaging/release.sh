#!/usr/bin/env bash
# The release file: dist/workbench/ as one compressed tar, with zstd (-19, a 128 MB window that any zstd
# decompresses without options) where it is installed, else with xz. Prints the file's path.
# usage: packaging/release.sh dist/workbench-VERSION-linux-ARCH   (the name without its .tar.* suffix)
set -euo pipefail
name="$1"
# Same order, owner and times at every build: the same bundle gives the same file.
tar_bundle() { tar -C dist --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -cf - workbench; }
rm -f "$name".tar.zst "$name".tar.xz
if command -v zstd >/dev/null; then
  tar_bundle | zstd -q -19 --long=27 -T0 -o "$name.tar.zst"
  echo "$name.tar.zst"
else
  tar_bundle | xz -9 -T0 > "$name.tar.xz"
  echo "$name.tar.xz"
fi
