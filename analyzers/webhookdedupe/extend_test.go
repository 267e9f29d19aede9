package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// ExtendD14: gin Stripe invoice listeners pushing a membership's end
// forward by a period: AddDate then saved in a store of another package,
// expires_at + make_interval in the statement, Unix seconds plus days
// then time.Unix and saved through a repository; and the same after the
// handler stored the invoice paid and read it back (a guard on what it
// has just written guards nothing): reported. The extension behind the
// stored state read before the write, an end set to the invoice's period
// end or a month from now, a login session's expiry slid forward (Go and
// SQL) and an extension computed for display only silent.
var _ = cases.Add(webhookdedupe.Analyzer, "ExtendD14", "d14renew/...")
