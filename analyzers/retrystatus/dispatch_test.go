package retrystatus_test

import "github.com/paylint/paylint/analyzers/retrystatus"

// DispatcherDSPA: a method/path dispatcher retrying every non-2xx answer
// in its own loop, through which the package POSTs a payout, sends a 400
// or 422 round again, reported at the condition in the dispatcher; the
// same dispatcher retrying only 5xx, one used only to read payouts, and
// one POSTing to a product catalogue silent.
var _ = cases.Add(retrystatus.Analyzer, "DispatcherDSPA", "dspa/rs/...")
