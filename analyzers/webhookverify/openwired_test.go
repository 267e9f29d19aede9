package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// OpenWiredM19: a gin package mounting Xendit's invoice callback itself
// on an open route and handing the decoded callback to a use case port,
// verifying nothing, while the command binds the port to a use case that
// marks the invoice paid through its repository: reported at the value
// the command binds. Silent: the same route checking x-callback-token
// first, a back-office override behind a staff check, and the open route
// bound to a journal that only logs.
var _ = cases.Add(webhookverify.Analyzer, "OpenWiredM19", "m19open/...")
