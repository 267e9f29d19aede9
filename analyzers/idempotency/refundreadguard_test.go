package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// RefundReadGuard: asynq tasks that call Razorpay refunds wrapped in
// another package (razorpay-go takes no key). Reported: a wrapper that
// refunds with no look at the payment, one that fetches the payment
// only to log it, and one that tests the order it read rather than the
// payment it refunds. Silent: wrappers that fetch the same payment and
// test what they read before refunding (what amount_refunded does not
// cover yet; a switch on the status) — a read-before-write guard inside
// the callee, carried on its fact (payment.WrapperFact.ReadGuarded).
var _ = cases.Add(idempotency.Analyzer, "RefundReadGuard", "idempotency/refundreadguard/...")
