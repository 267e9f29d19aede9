#!/usr/bin/env bash
# bench/run.sh — how much slower is paylint than plain go vet?
#
# Times, on testdata/shop (real stripe-go, backoff, retry-go, retryablehttp,
# resty, uuid) with warm module and build caches:
#
#   go vet ./...                      the standard vet analyzers
#   go vet -vettool=paylint ./...     paylint through go vet (unitchecker)
#   paylint ./...                     paylint standalone (go/packages + checker)
#
# in two scenarios:
#
#   full    every package analysed again (go vet's result cache is defeated
#           by giving each repetition a fresh vet tool binary: a stamped copy
#           of cmd/vet or of paylint; compiled export data stays cached).
#           This is the cost of a CI run on a warm build cache.
#   cached  nothing changed since the last run: go vet replays its cached
#           results; the standalone command has no cache and redoes all.
#
# Usage: bench/run.sh [REPS]   (default 3; not part of .ci/run)
# In-process: PAYLINT_E2E=1 go test -run=NONE -bench=StandaloneShop ./bench
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
reps=${1:-3}
shop=$root/testdata/shop
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export GOWORK=off
echo "+ (cd testdata/shop && go mod download)" >&2
(cd "$shop" && go mod download)

echo "+ go build -o $work/paylint ./cmd/paylint" >&2
go build -o "$work/paylint" ./cmd/paylint

# stamp NAME PKG N: a copy of PKG's binary whose build ID differs per N.
stamp() {
	go build -ldflags="-X main.benchStamp=$3" -o "$work/$1-$3" "$2"
	echo "$work/$1-$3"
}

# timeit CMD...: seconds taken by CMD run in testdata/shop (exit 1 =
# findings is fine).
timeit() {
	local t0 t1 rc
	t0=$(date +%s.%N)
	set +e
	(cd "$shop" && "$@" >/dev/null 2>&1)
	rc=$?
	set -e
	t1=$(date +%s.%N)
	if [ "$rc" -gt 1 ]; then
		echo "bench: '$*' failed with exit $rc" >&2
		(cd "$shop" && "$@" 2>&1 | tail -5) >&2
		exit 1
	fi
	echo "$t1 - $t0" | bc
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

declare -A samples
add() { samples[$1]+="$2"$'\n'; }

# Warm everything once: compiled packages, vet results of the unstamped tools.
echo "+ warm-up" >&2
timeit go vet ./... >/dev/null
timeit go vet -vettool="$work/paylint" ./... >/dev/null
timeit "$work/paylint" ./... >/dev/null

# go vet keys its result cache on the tool's -V=full line (cmd/vet's names
# the binary; paylint's hashes its content), so every stamp must be new to
# this machine, not just to this run: repeating a stamp of an earlier run
# would replay that run's cached results.
run_id=$(date +%s%N)
for i in $(seq 1 "$reps"); do
	echo "+ repetition $i/$reps" >&2
	vet=$(stamp vet cmd/vet "$run_id$i")
	pl=$(stamp paylint ./cmd/paylint "$run_id$i")
	add "full go vet" "$(timeit go vet -vettool="$vet" ./...)"
	add "full go vet -vettool=paylint" "$(timeit go vet -vettool="$pl" ./...)"
	add "full paylint" "$(timeit "$work/paylint" ./...)"
	add "cached go vet" "$(timeit go vet ./...)"
	add "cached go vet -vettool=paylint" "$(timeit go vet -vettool="$work/paylint" ./...)"
	add "cached paylint" "$(timeit "$work/paylint" ./...)"
done

echo
echo "testdata/shop, $reps repetitions, median seconds, ratio to plain go vet in the same scenario"
echo "($(go version), $(nproc) CPUs)"
for scen in full cached; do
	base=$(printf '%s' "${samples[$scen go vet]}" | median)
	for tool in "go vet" "go vet -vettool=paylint" "paylint"; do
		m=$(printf '%s' "${samples[$scen $tool]}" | median)
		printf '%-7s %-28s %7.2fs  x%.1f\n' "$scen" "$tool" "$m" "$(echo "$m / $base" | bc -l)"
	done
done
