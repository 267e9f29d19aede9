package idempotency

import "github.com/paylint/paylint/analyzers/internal/payment"

// repayAutoKey words a payment made again after a waiter gives up,
// with no key of its own, by an SDK that adds a new random key to every
// call (stripe-go and the SDKs
// providers.go advises on: Op.AutoKey). No key in the code is then a key made anew
// on every pass, which is this rule's finding as much as pollcreate's:
// the provider takes each pass for a new payment. A write with no key
// from an SDK that adds none stays pollcreate's alone ("" here).
func repayAutoKey(op *payment.Op, by, tail string) string {
	if !op.AutoKey {
		return ""
	}
	sdk := "stripe-go"
	if adv := payment.AdviceFor(op); adv != nil {
		sdk = adv.SDK // another SDK's own random key (providers.go)
	}
	return by + ", without an idempotency key: " + sdk + " adds a new random key to each call" + tail
}
