package retrystatus_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/retrystatus"
)

// TestSDKBackoffM11: a backoff operation (v4 and v5) returning the error
// of an SDK write that errs on every answer >= 300 retries 4xx refusals;
// backoff.Permanent chosen from the response's status, and a read, stay
// silent.
func TestSDKBackoffM11(t *testing.T) {
	analysistest.Run(t, testdata(t), retrystatus.Analyzer, "retrystatus/m11sdkbackoff")
}
