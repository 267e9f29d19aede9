package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// MapStatusK14: an echo payment callback of another package, verifying
// nothing, settles a rental through a use case that, inside the store's
// transaction closure, hands the paid state to a setter building a map
// {"state": string(st)} for a GORM patch helper (Updates of the map
// parameter on Model(&Rental{})): reported at its open mount. Silent: the
// same chain writing the word "paid" into a note column, and a state map
// written to the rental's audit trail (a log, not the state).
var _ = cases.Add(webhookverify.Analyzer, "MapStatusK14", "k14mapstatus/...")
