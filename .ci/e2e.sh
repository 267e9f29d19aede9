#!/usr/bin/env bash
# .ci/e2e.sh — paylint's end-to-end golden test on testdata/shop, a module
# that depends on the real stripe-go, backoff, retry-go, retryablehttp,
# resty and uuid. Downloads them through the environment's GOPROXY into the
# default module cache (reused across runs), then runs internal/e2e with
# PAYLINT_E2E=1. Arguments are passed to go test, e.g. -update to rewrite
# testdata/shop/golden.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "+ (cd testdata/shop && GOWORK=off go mod download)" >&2
(cd testdata/shop && GOWORK=off go mod download)

echo "+ PAYLINT_E2E=1 go test -count=1 ./internal/e2e $*" >&2
PAYLINT_E2E=1 go test -count=1 ./internal/e2e "$@"
