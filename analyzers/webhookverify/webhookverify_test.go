package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

var _ = cases.Add(webhookverify.Analyzer, "WebhookVerify",
	"webhookverify/nethttp",
	"webhookverify/chi",
	"webhookverify/gin",
	"webhookverify/echofiber",
	"webhookverify/odd",
	"webhookverify/configured",
	"webhookverify/iface",
	"webhookverify/stripev72",
	"webhookverify/wrapper/hooks",
)
