// Package e2e holds paylint's end-to-end test on testdata/shop (see
// e2e_test.go). It runs only with PAYLINT_E2E=1: bash .ci/e2e.sh.
package e2e
