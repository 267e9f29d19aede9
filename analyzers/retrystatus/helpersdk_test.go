package retrystatus_test

import (
	"github.com/paylint/paylint/analyzers/retrystatus"
)

// HelperSDKT25: a razorpay-go write (err for every non-2xx answer)
// retried by an in-house helper of another package that retries every
// error but its own Halt mark, its error handed back unclassified,
// reported; the SDK's BadRequestError halted, every error halted, a
// helper retrying only what is marked transient, and a read, silent.
var _ = cases.Add(retrystatus.Analyzer, "HelperSDKT25", "retrystatus/t25helpersdk")
