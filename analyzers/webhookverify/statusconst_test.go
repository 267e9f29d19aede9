package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// StatusConstSP12: an echo callback verifying nothing whose use case
// hands the constant "CAPTURED" to its repo port, bound in main to an
// sqlx store that writes whatever state it is handed into orders.status:
// reported at the open mount. Silent: a use case storing the event's own
// status, one storing only PENDING or FAILED constants, and the paying
// use case handed a repo from a function returning the interface.
var _ = cases.Add(webhookverify.Analyzer, "StatusConstSP12", "sp12status/...")
