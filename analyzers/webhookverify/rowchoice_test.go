package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// RowChoiceR15: an echo mobile-money callback inserting a collection row
// whose literal says "pending" and whose switch on the posted status
// turns it "paid" (or "declined") before the GORM Create, and a top-up
// set "completed", then "failed" on a reason code, then saved, are
// paid-state writes on the callback's word: reported. Silent: a row only
// ever created pending or failed, a status taken from the collection
// read back from the operator's API, a callback log row set "success",
// and a courier's parcel set "completed".
var _ = cases.Add(webhookverify.Analyzer, "RowChoiceR15", "r15rowchoice/momo")
