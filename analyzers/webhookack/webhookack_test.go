package webhookack_test

import (
	"github.com/paylint/paylint/analyzers/webhookack"
)

var _ = cases.Add(webhookack.Analyzer, "WebhookAck",
	"webhookack/nethttp",
	"webhookack/frameworks",
	"webhookack/service/hooks",
	"webhookack/service/shipping",
	"webhookack/clean/delivery",
	"webhookack/merchant/squarehooks",
	"webhookack/tokenread/hooks", // a status read whose sender fetches a token first is one read
)
