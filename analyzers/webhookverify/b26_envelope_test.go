package webhookverify_test

import "github.com/paylint/paylint/analyzers/webhookverify"

// EnvelopeStatusB26: an exported ServeHTTP type of another package,
// unrouted there, decoding a bank's event whose state sits in an envelope
// (n.Data.Payment.State, Open Banking's settled state) and marking the
// order paid, mounted from main on a path naming neither a webhook nor a
// payment: reported at the mount; the same type checking an HMAC of the
// body first silent.
var _ = cases.Add(webhookverify.Analyzer, "EnvelopeStatusB26", "b26envelope/...")
