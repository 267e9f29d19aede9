package handler_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// CrossPackageWebhooks: handlers whose routes are registered in
// another package are known as webhooks by their body (a provider event
// decoded, payment state updated); back-office, buyer-facing and non-HTTP
// look-alikes stay silent.
var _ = cases.Add(webhookverify.Analyzer, "CrossPackageWebhooks", "webhookverify/crosspkg/...")
