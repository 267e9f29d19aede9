package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// Credentials: a shared secret or HTTP Basic credentials compared with
// the configured ones, the failure rejected (in the handler or in a
// middleware), is the documented check of providers that sign nothing.
var _ = cases.Add(webhookverify.Analyzer, "Credentials", "webhookverify/sharedsecret", "webhookverify/basicauth")
