package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// RowFieldM19: an echo Midtrans notification handing the bound notice to
// a settler interface whose implementation, inside a GORM transaction,
// sets the payment row's Status to "paid" on settlement and hands the row
// alone to a repository interface built on the transaction, whose
// implementation saves the row whole: reported at the call. Silent: the
// same after signature_key is checked by another package's SHA512
// checker, a confirmer marking the row only on the status read back with
// coreapi.CheckTransaction, a drafter whose repository writes the method
// column only, and a handler that only logs.
var _ = cases.Add(webhookverify.Analyzer, "RowFieldM19", "m19rowfield/...")
