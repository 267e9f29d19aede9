package webhookack_test

import (
	"github.com/paylint/paylint/analyzers/webhookack"
)

// Precision6: a return page whose query "token" is an order id is no
// webhook; a webhook checked by a token header still is.
var _ = cases.Add(webhookack.Analyzer, "Precision6", "handler/precision6/tokenack")
