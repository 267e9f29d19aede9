package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// BunPayoutCredit: payout callbacks crediting a seller's balance through
// bun (.Set("balance_cents = balance_cents + ?")) in a store of another
// package, after or before a status overwrite that checks neither the
// previous status nor the rows affected: reported. The same credit after
// a compare-and-set (UPDATE … WHERE status = ?, rows affected) or after an
// INSERT … ON CONFLICT DO NOTHING of the callback id, and a counter of
// the row's bookkeeping (bounce_count + 1): silent.
var _ = cases.Add(webhookdedupe.Analyzer, "BunPayoutCredit", "bunpayoutcredit/...")
