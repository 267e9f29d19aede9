package retrystatus_test

import (
	"github.com/paylint/paylint/analyzers/retrystatus"
)

// SDKBackoffM11: a backoff operation (v4 and v5) returning the error
// of an SDK write that errs on every answer >= 300 retries 4xx refusals;
// backoff.Permanent chosen from the response's status, and a read, stay
// silent.
var _ = cases.Add(retrystatus.Analyzer, "SDKBackoffM11", "retrystatus/m11sdkbackoff")
