package webhookverify_test

import "github.com/paylint/paylint/analyzers/webhookverify"

// WiredConstC15H: a gin Stripe handler that runs ConstructEvent only when
// a constructor flag says live, and hands the constant "captured" to a
// rental store behind an interface main binds (UPDATE rentals SET
// charge_state = ?), is reported at the binding: the store's parameter
// is the charge's status column, the constant a settled value. Silent:
// the same skipped check storing "authorized" (a hold, not settled), and
// a check under a compile-time constant flag that is always true.
var _ = cases.Add(webhookverify.Analyzer, "WiredConstC15H", "c15hwired/...")
