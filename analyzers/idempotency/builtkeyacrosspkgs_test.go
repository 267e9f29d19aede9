package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// BuiltKeyAcrossPackages: a request constructor of the client's package
// (c.NewPayout(…) returning PayoutRequest{OriginatorConversationID:
// uuid.NewString(), …}) called inside the retry draws a new key on every
// attempt, as a builder of the caller's own package does
// (payment/builtfields.go): reported in an in-house retry helper of
// another package, at the top of a loop's pass, and for a package-level
// constructor returning a pointer. The request built once before the
// retry, the id drawn once and handed to the constructor, the
// constructor's id replaced by the row's, a balance query retried with a
// fresh id and a payout sent once stay silent.
var _ = cases.Add(idempotency.Analyzer, "BuiltKeyAcrossPackages", "builtkeyacrosspkgs/...")
