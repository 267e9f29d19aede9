package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// RepayAutoKeyC12: a stripe-go intent created with no key on every pass
// of a loop that goes round when its waiter gives up (false, nil) while
// the intent may be processing is reported (stripe-go's random key per
// call makes each pass a new payment); one key made before the loop, and
// a loop left when the waiter gives up, stay silent.
var _ = cases.Add(idempotency.Analyzer, "RepayAutoKeyC12", "c12repay/...")
