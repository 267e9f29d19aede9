package webhookack_test

import (
	"github.com/paylint/paylint/analyzers/webhookack"
)

// InstalmentCallback: an instalment (buy now, pay later) provider's
// callback is a payment webhook, so a capture before the answer is
// reported; the customer's GET page of the plan's notifications is no
// webhook and stays silent.
var _ = cases.Add(webhookack.Analyzer, "InstalmentCallback", "model/ha/bnplhooks")
