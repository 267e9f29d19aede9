package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// MoneyRowsReturnParams: a handler reading Checkout.com's return
// parameter (cko-session-id, cko-payment-id) is the buyer's return: a
// fulfilment through the merchant's interface on the query's own result
// is reported; one after the status read from the provider and tested,
// and a page that only renders, stay silent.
var _ = cases.Add(redirectfulfill.Analyzer, "MoneyRowsReturnParams", "mrreturn")
