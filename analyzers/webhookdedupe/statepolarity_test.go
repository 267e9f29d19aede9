package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// U12StatePolarity: a balance credited inside the branch of the stored
// done state (o.Status == "paid", o.Status != "pending", o.Paid) runs
// again on every redelivery: reported; the same credit after a return on
// the paid state, inside the pending branch, or under !o.Paid silent.
var _ = cases.Add(webhookdedupe.Analyzer, "U12StatePolarity", "webhookdedupe/u12/statepolarity")
