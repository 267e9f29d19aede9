package retrystatus_test

import "github.com/paylint/paylint/analyzers/retrystatus"

// ErrPortE18: a cenkalti/backoff operation that only returns the error of
// an interface method held in a field retries whatever that method
// returns; main binds it to an Adyen capture returning the SDK's error
// (non-nil for every status >= 300) unclassified, so a refused capture
// goes round again: reported at the binding. The deployment binding a
// capturer that marks 4xx permanent, and the notice retried through a
// mail relay, stay silent.
var _ = cases.Add(retrystatus.Analyzer, "ErrPortE18", "retrystatus/e18/errport/...")
