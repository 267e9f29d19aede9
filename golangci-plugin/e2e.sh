#!/usr/bin/env bash
# e2e.sh — end-to-end test of the golangci-lint plugin (called by .ci/run).
#
# Builds the custom golangci-lint (build.sh) and cmd/paylint into the user
# cache directory, then runs golangci-plugin/e2e (a Go test) on a copy of
# testdata/shop and testdata/hexshop: golangci-lint must report the same findings as
# `go vet -vettool=paylint`, //nolint:<analyzer> must suppress exactly the
# finding it is put on, poll-interval-min must change the result, and the
# SARIF output must carry one rule id per analyzer. Reruns reuse the Go module
# and build caches, golangci-lint's cache and an up-to-date custom binary.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
cache_root=${PAYLINT_GCL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/paylint}
bin="$cache_root/bin-$(printf %s "$repo" | sha256sum | cut -c1-12)"
mkdir -p "$bin"

# Modules come through the environment's own GOPROXY; nothing here overrides it.
export GOWORK=off

bash "$here/build.sh" "$bin/golangci-lint-paylint"
(cd "$repo" && go build -o "$bin/paylint" ./cmd/paylint)

cd "$here/e2e"
# The shop, and the hexagonal shop whose findings are judged in main from
# facts of the packages below it (the golangci-lint runner carries facts
# across packages its own way).
for shop in shop hexshop; do
	(cd "$repo/testdata/$shop" && go mod download)
	if ! PAYLINT_GCL_E2E=1 \
		PAYLINT_GCL_BIN="$bin/golangci-lint-paylint" \
		PAYLINT_BIN="$bin/paylint" \
		PAYLINT_SHOP="$repo/testdata/$shop" \
		go test -count=1 -v -run 'TestGolangciMatchesGoVet' . "$@"; then
		echo "golangci-plugin/e2e.sh: FAIL: the golangci-lint plugin end-to-end check failed on testdata/$shop (see above)" >&2
		exit 1
	fi
done
echo "golangci-plugin/e2e.sh: ok" >&2
