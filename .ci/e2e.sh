#!/usr/bin/env bash
# .ci/e2e.sh — paylint's end-to-end golden tests on the example modules
# (testdata/shop, testdata/market, testdata/realshop), which depend on real
# modules (stripe-go, gocardless-pro-go, backoff, retry-go, retryablehttp,
# resty, uuid, gin, gorm). Downloads them through the environment's GOPROXY
# into the default module cache (reused across runs), then runs
# internal/e2e with PAYLINT_E2E=1. Arguments are passed to go test, e.g.
# -update to rewrite the golden.txt files.
set -euo pipefail
cd "$(dirname "$0")/.."

for m in testdata/shop testdata/market testdata/realshop testdata/hexshop; do
	echo "+ (cd $m && GOWORK=off go mod download)" >&2
	(cd "$m" && GOWORK=off go mod download)
done

echo "+ PAYLINT_E2E=1 go test -count=1 ./internal/e2e $*" >&2
PAYLINT_E2E=1 go test -count=1 ./internal/e2e "$@"
