package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// ShopFormH10: the shop's own POST form at a "complete" URL carrying
// no provider return parameter (pay at the counter, invoice) is no return
// page; a POST of 3-D Secure's PaRes/MD, of a status next to the order, of
// a payment id, and a GET return stay reported.
var _ = cases.Add(redirectfulfill.Analyzer, "ShopFormH10", "h10shopform")
