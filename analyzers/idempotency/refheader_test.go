package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// RefHeaderK16: a provider's key header of its own naming, read as the
// request's reference (X-Client-Reference and X-Unique-Id through
// constants, X-Request-Id in an http.Header variable, Request-Reference
// and X-Correlation-Id through resty's SetHeader/SetHeaders,
// X-Request-Reference on a retryablehttp request), holding the caller's
// reference or a uuid made once before the loop: silent. A new id per
// attempt, the receiver's configured reference, a constant, a reference
// numbered by the attempt, a trace id from the context, the caller's
// reference under X-Merchant-Id, a tenant and API version, and a
// reference header on a client keyed by Idempotency-Key: reported.
var _ = cases.Add(idempotency.Analyzer, "RefHeaderK16", "k16refheader/...")
