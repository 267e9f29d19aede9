package retrystatus_test

import (
	"github.com/paylint/paylint/analyzers/retrystatus"
)

// ErrLoopT25: a port's error handed back as it is by an operation that
// an in-house helper stopping only on its own mark (stopkit.Retry) or a
// cenkalti/backoff retry sends round, bound in main to a hand-written
// disbursement client whose own loop ends every non-2xx answer in an
// error, reported at the binding; the operation marking every error
// Stop, a client forgiving a 404 with a nil error and one wording its
// refusals through a method the model does not read, silent.
var _ = cases.Add(retrystatus.Analyzer, "ErrLoopT25", "retrystatus/t25errloop/...")
