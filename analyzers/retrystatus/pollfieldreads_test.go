package retrystatus_test

import "github.com/paylint/paylint/analyzers/retrystatus"

// PollFieldReads: a charge read by a generic Poller whose callbacks are
// fields (Poller{Every, Fetch, Done}.Until(ctx)) is a poll until the
// charge is final, even though its failed reads (a 404 before the charge
// appears) are read again: silent, the poll rules own it. A refund sent
// through a Retrier's Do field that fails on every non-2xx answer is a
// retry of 400 and 422: reported.
var _ = cases.Add(retrystatus.Analyzer, "PollFieldReads", "pollfieldreads/...")
