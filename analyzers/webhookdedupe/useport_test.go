package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// UseCasePortQ19: a net/http Stripe listener recording a paid parking pass
// through a concrete service of another package whose Store port main
// binds to a pgx store inserting a payment row (text in a local) on every
// call: reported at the binding in main. The same listener through the
// service's own HasPayment check, and the store main binds in another
// command inserting ON CONFLICT DO NOTHING, silent.
var _ = cases.Add(webhookdedupe.Analyzer, "UseCasePortQ19", "q19useport/...")
