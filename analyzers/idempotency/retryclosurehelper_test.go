package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// RetryHelperClosureAroundCallback: a generic retry helper of another
// package that hands cenkalti/backoff v5 a closure around its callback
// (return backoff.Retry(ctx, func() (T, error) { v, err := op(); …;
// return v, err }, …)) repeats the callback as the library does
// (retry/libclosure.go): a gocardless-pro-go payment created through a
// wrapper handing on no WithIdempotencyKey, and one created directly in
// an error-only helper, reported (the SDK draws a new key per call).
// The invoice's key handed on, a retried payment read, a helper whose
// closure only logs and runs once, and a single collection stay silent.
var _ = cases.Add(idempotency.Analyzer, "RetryHelperClosureAroundCallback", "retryclosurehelper/...")
