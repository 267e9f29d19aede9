package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// MercadoPagoContextKeys: mercadopago sdk-go v1.14.0 sends the key a
// context carries (requestoptions.WithIdempotencyKey) instead of its own
// random one. Reported: a key attached inside the retried closure from a
// uuid, or stamped with the clock on every pass, a retry with a bare
// context, and an asynq task whose charge draws a new key on every call; a go-retry
// retry.Do whose callback's context carries no key, or a new one per
// attempt.
// Silent: a key from the booking attached once before retry-go, a uuid
// attached once before the loop, a refund keyed by the payment id, and an
// asynq task whose charge keys the context by the appointment; a key put
// on the context once before go-retry's retry.Do, whose callback is
// handed that context (its own ctx parameter).
var _ = cases.Add(idempotency.Analyzer, "MercadoPagoContextKeys", "mpcontextkeys/...")
