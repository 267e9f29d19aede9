package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// Wired: a handler of package notify (net/http) or gatewayhooks (gin)
// that decodes a provider's event and calls a use case through a field of
// an interface, verifying nothing, is a payment webhook once the package
// binding the use case sees it act on the payment: reported at the mount
// with no verifying middleware there. Silent: a route behind verifying
// middleware, a handler that verifies, a use case that only logs, two
// bindings that disagree.
var _ = cases.Add(webhookverify.Analyzer, "Wired", "wirehooks/stdmux/...", "wirehooks/ginapp/...", "wirehooks/anonpayload")
