package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// SDKFieldS12: a Square payments client held in an unexported field (set
// by the constructor's default or a functional option) or a package
// variable typed as the package's own interface, retried with a new key
// per attempt, reported as the SDK's Payments.Create; the same call keyed
// once before the loop silent. Look-alikes that stay silent: the field
// also given an in-memory gateway outside tests (fakeset), filled by the
// caller's interface value (param), or filled only by a non-SDK type with
// the SDK's method (notsdk).
var _ = cases.Add(idempotency.Analyzer, "SDKFieldS12", "s12sdkfield/...")
