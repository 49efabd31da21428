#!/usr/bin/env bash
# Short fuzz runs for CI: every Fuzz target in the module (outside bench/)
# runs for FUZZTIME (default 5s) with one worker. A failing input is written
# by Go to PKG/testdata/fuzz/FUZZNAME/ and the script exits 1: commit that
# file with the fix, so that plain `go test` replays it from then on.
#
#   bash .ci/fuzz.sh                 all targets, 5s each
#   FUZZTIME=1m bash .ci/fuzz.sh     longer
#   bash .ci/fuzz.sh ./archive       the targets of some packages
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${FUZZTIME:-5s}
pkgs=("$@")
if [ ${#pkgs[@]} -eq 0 ]; then
  mapfile -t pkgs < <(grep -rl --include='*_test.go' '^func Fuzz' . | grep -v '^./bench/' | xargs -n1 dirname | sort -u)
fi
failed=0
for pkg in "${pkgs[@]}"; do
  for name in $(grep -h '^func Fuzz' "$pkg"/*_test.go | sed -E 's/^func (Fuzz[A-Za-z0-9_]*).*/\1/' | sort -u); do
    echo "-- $pkg $name ($fuzztime)"
    if ! go test "$pkg" -run='^$' -fuzz="^${name}\$" -fuzztime="$fuzztime" -parallel=1; then
      echo "FAIL: $pkg $name: see $pkg/testdata/fuzz/$name/ for the input"
      failed=1
    fi
  done
done
exit $failed
