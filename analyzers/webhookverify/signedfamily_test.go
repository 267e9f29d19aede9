package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// SignedFamily: a provider callback served here outside the group whose
// middleware verifies its siblings — a method of the same receiver type,
// under the same parent path on the same router (gin, the middleware of
// this package or of another) — that decodes the POST body and stores a
// payment's state with it (a payout's or a returned settlement's posted
// status, an order marked paid) is a payment notification verified by
// nothing: reported at the write. Silent: the routes inside the signed
// group, a route with its own verifying middleware, a handler checking
// the HMAC itself, a probe storing nothing, a GET status page, another
// type's handler beside the group, and the same callbacks under another
// parent path.
var _ = cases.Add(webhookverify.Analyzer, "SignedFamily", "signedfamilycallbacks/...")
