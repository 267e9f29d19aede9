package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// HelperDecodedWHA: a gin handler whose event is decoded from the request
// body by a helper of its package (bindEvent(c) binds the JSON and
// returns the charge event) is a webhook by its body, judged where it is
// mounted: reported on an open route, silent behind the processor's HMAC
// middleware. Silent: a handler whose helper reads only the query and
// writes no payment state.
var _ = cases.Add(webhookverify.Analyzer, "HelperDecodedWHA", "whahelper/...")
