package redirectfulfill_test

import "github.com/paylint/paylint/analyzers/redirectfulfill"

// PaidUpToRentals: a storage operator's units and lockers are let by the
// month, their rows paid up to a date (paid_through, paid_until) in a
// table no vocabulary ranks, through sqlc queries (the statement under
// its "-- name:" comment) and a hand-written store: a Checkout page
// reading the session and activating the lease unchecked, a locker
// extended on redirect_status=succeeded, and a legacy return page
// activating through an Activator bound in main on http_status=200.
// Silent: the session tested paid first, a processing page, a lease
// ended (paid_through cleared), a login session's expires_at, and a
// welcome page's port bound to a timestamp of no payment.
var _ = cases.Add(redirectfulfill.Analyzer, "PaidUpToRentals", "paiduptorentals/...")
