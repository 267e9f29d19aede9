package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// TillOrderFP15W: a gin Stripe listener handing the paid tab to the
// venue's till ("/venues/{id}/orders": lines, notes and a total, no
// money semantics) repeats no payment write: silent. The same listener
// opening a payment order (top-level /v1/orders, amount and currency) at
// the payment service on every delivery is reported.
var _ = cases.Add(webhookdedupe.Analyzer, "TillOrderFP15W", "fp15wtill/hooks")
