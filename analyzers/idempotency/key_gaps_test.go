package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// KeyOrigins: keys made anew per attempt inside a request builder
// the retry calls; per pass of a loop that pays again after its wait
// gave up; on-chain broadcasts whose nonce is read on every attempt.
var _ = cases.Add(idempotency.Analyzer, "KeyOrigins", "idempotency/keybuilders", "idempotency/repay", "idempotency/chainnonce")
