package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// EndToEndIDD20: an instant-payment scheme's end-to-end id as the key:
// the caller's id under X-E2E-Id on a retryablehttp client and under
// EndToEndId in a retry-go refund, the same on every attempt, silent; a
// uuid made per attempt under X-End-To-End-Id, the reference numbered by
// the attempt, and an OpenTelemetry trace id under X-E2E-Id or
// X-Trace-Id reported.
var _ = cases.Add(idempotency.Analyzer, "EndToEndIDD20", "e2eidd20/...")
