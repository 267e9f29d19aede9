package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// AdyenSessions: Adyen Checkout sessions (PaymentsApi.Sessions, POST
// /sessions) are payment creates keyed by the input builder's
// IdempotencyKey. Reported: a builder helper that draws a uuid key called
// inside a generic retry helper's closure, a uuid attached inside a
// backoff operation, and a retry with no key. Silent: a builder keyed by
// the order, an input built once before the retry, and a single call.
var _ = cases.Add(idempotency.Analyzer, "AdyenSessions", "adyensessions")
