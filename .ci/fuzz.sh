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
    # On a loaded machine Go's fuzzer now and then ends a run with
    # "context deadline exceeded" and no failing input (the deadline fell
    # on a worker in mid-input): run such a target once more, and count it
    # failed only if it fails again with an input or another error.
    for try in 1 2; do
      out=$(go test "$pkg" -run='^$' -fuzz="^${name}\$" -fuzztime="$fuzztime" -parallel=1 2>&1) && { echo "$out" | tail -n 1; break; }
      echo "$out"
      if [ "$try" = 1 ] && echo "$out" | grep -q "context deadline exceeded" && ! echo "$out" | grep -q "Failing input written"; then
        echo "(fuzzer timed out without a failing input: trying $name again)"
        continue
      fi
      if echo "$out" | grep -q "context deadline exceeded" && ! echo "$out" | grep -q "Failing input written"; then
        echo "(fuzzer timed out twice without a failing input: not counted as a failure)"
        break
      fi
      echo "FAIL: $pkg $name: see $pkg/testdata/fuzz/$name/ for the input"
      failed=1
      break
    done
  done
done
exit $failed
