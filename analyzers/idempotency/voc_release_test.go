package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// ReleaseNeedsNoKey: a hold released (a payment intent cancelled) in
// a retry loop asks for no idempotency key; a capture in the same loop
// does.
var _ = cases.Add(idempotency.Analyzer, "ReleaseNeedsNoKey", "model/voc/release")
