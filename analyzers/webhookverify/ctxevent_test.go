package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// CtxEventE20: a handler reading the event from a request-context key
// that only its package's verifying middleware writes, after the
// x-paystack-signature HMAC passed, is judged where it is mounted: silent
// behind the middleware (chi With), reported on a bare route of the same
// app. A middleware writing the key before it checks the signature leaves
// its handler judged, and reported, in its own package.
var _ = cases.Add(webhookverify.Analyzer, "CtxEventE20", "e20ctxevent/...")
