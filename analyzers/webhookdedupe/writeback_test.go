package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// WriteBackM16: echo Stripe listeners calling a licensing service of
// another package that reads the stored row, pushes a value forward in
// Go and hands it to a store setter that only sets it (database/sql
// "SET valid_until = ? WHERE id = ?" after AddDate on the field, GORM's
// Update("period_end", …) of a local Add(30 days), bun's
// Set("credit_balance = ?", …) of the balance plus the pack, the license
// pushed a year and handed whole to Apply, which writes its fields): every
// delivery adds another period or pack, reported. The same behind a
// processed-event insert or the invoice's stored state, an end set to the
// invoice's period end or a year from today (also through Apply), a
// reminder column set from the end, the next end only formatted for
// display, and a retry counter pushed and written back, silent.
var _ = cases.Add(webhookdedupe.Analyzer, "WriteBackM16", "m16rmw/store", "m16rmw/licensing", "m16rmw/hooks")

// WriteBackSamePkgM16: gin Stripe listeners of a gym whose own package
// loads a member, adds a class credit with ++ and writes it back through
// an unexported sqlx setter (MustExecContext "SET prepaid_credits = $1"),
// and adds thirty days to a pass written through a GORM Updates map:
// reported. A household member's pass set thirty days past the payer's
// (another row's end: the same date on every delivery) and the order's
// credit total stored as it is silent.
var _ = cases.Add(webhookdedupe.Analyzer, "WriteBackSamePkgM16", "m16rmw/gym", "m16rmw/gymhooks")
