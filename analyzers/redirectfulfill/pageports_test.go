package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// PagePortRFA: gin pages holding their order port themselves (or through
// a struct of their own package), routes registered by another package
// and the GORM store bound in main: a page mounted on /tickets/payment/return
// calling SetPaid with no payment read, and a page named PaymentSuccess
// calling the season's book when the query's result says paid, reported
// at the value main gives the page's field. Silent: the same call mounted
// on /lookup (no return route), a page recording only processing, an
// OAuth callback linking an account, a page waiting for the stored paid
// state, and the same pages wired in a test or to a store writing only
// pending.
var _ = cases.Add(redirectfulfill.Analyzer, "PagePortRFA", "rfapages/...")
