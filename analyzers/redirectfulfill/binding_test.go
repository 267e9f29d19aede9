package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// BoundGrantR13: a chi return page reading the payment back from Mollie
// and never testing its status, confirming through a use case of another
// package whose only effect is a GORM store bound in main that writes the
// "paid" it is handed: reported where main gives the page the use case.
// Silent: a gin page testing Mollie's status first, a chi page handing
// the status to a use case that tests it itself, an echo page whose use
// case only mails, the same use case bound to a store that only
// writes pending, and the same wiring in a test's TestMain.
var _ = cases.Add(redirectfulfill.Analyzer, "BoundGrantR13", "r13return/...")
