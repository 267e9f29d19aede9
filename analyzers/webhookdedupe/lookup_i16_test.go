package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// LookupCreditI16: a verified echo Stripe webhook that looks the order up
// by the payment intent and hands its customer to a Rewarder main binds to
// a ledger adding loyalty points (UPDATE … SET points = points + 100) in a
// package that does not import the handler's: every redelivery grants the
// points again, reported at the binding. Silent: the same after the
// looked-up order's paid state is checked, a Promoter bound to a write of
// the tier itself, and a handler type main builds twice, once with the
// ledger and once with a flat balance (one binding repeats nothing).
var _ = cases.Add(webhookdedupe.Analyzer, "LookupCreditI16", "i16lookupcredit/...")
