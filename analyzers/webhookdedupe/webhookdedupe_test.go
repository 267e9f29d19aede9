package webhookdedupe_test

import (
	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

var _ = cases.Add(webhookdedupe.Analyzer, "WebhookDedupe",
	"webhookdedupe/nethttp",
	"webhookdedupe/frameworks",
	"webhookdedupe/service/app",
	"webhookdedupe/service/hooks",
	"webhookdedupe/service/fulfil",
	"webhookdedupe/clean/delivery/http",
	"webhookdedupe/clean/local",
	"webhookdedupe/merchant/molliehooks",
	"webhookdedupe/claims",
	"webhookdedupe/increments",
)
