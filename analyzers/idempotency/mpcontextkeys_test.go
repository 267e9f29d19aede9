package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// MercadoPagoContextKeys: mercadopago sdk-go v1.14.0 sends the key a
// context carries (requestoptions.WithIdempotencyKey) instead of its own
// random one. Reported: a key attached inside the retried closure from a
// uuid, or stamped with the clock on every pass, a retry with a bare
// context, and an asynq task whose charge draws a new key on every call.
// Silent: a key from the booking attached once before retry-go, a uuid
// attached once before the loop, a refund keyed by the payment id, and an
// asynq task whose charge keys the context by the appointment.
var _ = cases.Add(idempotency.Analyzer, "MercadoPagoContextKeys", "mpcontextkeys/...")
