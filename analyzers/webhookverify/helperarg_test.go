package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// HelperArgW13: a gin callback verifying nothing that hands its order
// port and its event to a dispatch function of its package, which
// completes the order when the event says CAPTURED; main binds the port
// to a use case marking the order paid: reported at the open mount.
// Silent: the same dispatch behind an HMAC check, and an inquiry
// callback whose function only reads the order's state through the port.
var _ = cases.Add(webhookverify.Analyzer, "HelperArgW13", "w13helperarg/...")
