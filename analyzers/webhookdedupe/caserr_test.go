package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// CASErrorQ19: chi Stripe listeners of a coffee chain that settle the
// order with a compare-and-set (a store's (bool, error) helper, or the
// UPDATE … WHERE status = 'pending' inline) and test only its error
// before adding loyalty points: reported, a repeat answers (false, nil)
// and adds them again. The helper's answer tested, a helper whose own
// ErrSeen is the answer, a unique insert whose failure leaves, and the
// rows affected tested silent.
var _ = cases.Add(webhookdedupe.Analyzer, "CASErrorQ19", "q19caserr/...")
