package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// PortBindings: a payment call through an interface in one package,
// retried there, implemented in another and bound only in main, is
// judged in main with the implementation's key (retry/port_facts.go):
// the Mollie client sending the caller's empty key field is reported at
// its functional-option binding; the same client bound where the caller
// makes the key once, a mailer of the same interface shape, and the
// Adyen client deriving its key from the reference in another main stay
// silent, as do the packages of the calls and implementations. In
// cmd/multi a map of implementations is bound element by element: the
// Checkout.com-style client making its own key per call is reported at
// its element, the Adyen-style one beside it silent; a key built inside
// the loop (Bonuses) is reported bound to the Mollie-style client.
var _ = cases.Add(idempotency.Analyzer, "PortBindings", "port11/...")
