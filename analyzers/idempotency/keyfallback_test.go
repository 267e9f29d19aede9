package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// KeyFieldFallback: a client takes the key from a field of the caller's
// request and draws a new one when it is empty (key := p.IdempotencyKey;
// if key == "" { key = uuid.NewString() } in a request builder, a copy's
// field filled the same way, cmp.Or(r.IdempotencyKey, uuid.NewString())):
// a retry whose request leaves the field empty sends a new key per
// attempt, also through a helper of the caller that hands its request
// on. Silent: the field set once before the retry (from the remittance,
// or a uuid made once), a payout sent once, a client that writes the key
// it draws back into the caller's *Request, the caller's own request,
// and a request a helper may fill.
var _ = cases.Add(idempotency.Analyzer, "KeyFieldFallback", "idempotency/keyfallback/...")
