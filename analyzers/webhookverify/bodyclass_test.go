package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// BodyClass: routed notify endpoints with unremarkable routes and
// names, known as webhooks by their body; look-alikes stay silent.
var _ = cases.Add(webhookverify.Analyzer, "BodyClass", "webhookverify/bodyclass")
