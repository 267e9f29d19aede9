package webhookdedupe_test

import (
	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// RowChoiceR15: a gin wallet-result hook inserting a payment row whose
// state is set "success" or "failed" by the posted result code before the
// GORM Create inserts a new row on every delivery: reported. Silent: the
// same after looking the request id up and stopping when it is stored
// paid, and a row only ever inserted pending or failed.
var _ = cases.Add(webhookdedupe.Analyzer, "RowChoiceR15", "r15rowchoice/airtime")
