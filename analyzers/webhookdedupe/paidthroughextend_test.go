package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// PaidThroughExtend: a locker-rental business's payment events moving a
// paid-up-to date (paid_through, paid_until) on from its stored value,
// whatever the row is called (lockers, tenancies): in the statement
// (DATE_ADD(GREATEST(paid_through, NOW()), INTERVAL 1 MONTH),
// DATE_ADD(paid_until, INTERVAL ? DAY)), on the Go value read and saved
// back (l.PaidThrough.AddDate(0, 1, 0) then Save), and through an
// interface the command binds to the store, on a handler built by a
// constructor refusing an empty secret and handing on the locker id it
// asserted out of the event's custom_data (.(string), comma-ok):
// reported, each delivery of the same event pays another period.
// Silent: the date set to the end of the period the invoice billed (in
// the statement, on the Go value saved back, and through the bound
// interface from billing_period.ends_at), and the same extension after
// the event id is recorded under its primary key (INSERT IGNORE and rows
// affected).
var _ = cases.Add(webhookdedupe.Analyzer, "PaidThroughExtend", "paidthroughextend/...")
