package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// OwedInsertQ19: gin Stripe listeners of an e-book shop booking what it
// owes for a sale — an author's royalty row (bun NewInsert().Table), an
// affiliate's commission (GORM Create of a model), a narrator's earning
// (constant SQL) — reported: a second delivery books the money owed, and
// the monthly payout pays it, twice. The royalty keyed by the sale (bun
// On("CONFLICT … DO NOTHING")), a royalty event logged, a review saved, a
// royalty row marked paid out, and the royalty booked after the sale's
// stored status is checked silent.
var _ = cases.Add(webhookdedupe.Analyzer, "OwedInsertQ19", "q19owed/...")
