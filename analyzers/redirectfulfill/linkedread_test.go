package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// LinkedReadW24: a bike-parts shop's net/http pages, routed in their own
// package on German paths no word list knows, reading the Stripe
// Checkout session through a Sessions port; only main imports the
// checkout package that hands Stripe /kasse/fertig as the success_url.
// The page marking the order paid without testing payment_status is
// reported where main binds the store. Silent: the voucher's success page
// testing payment_status == paid, the cancel URL's page that only shows
// the session, and the account's order page marking paid unchecked on a
// path handed to no provider.
var _ = cases.Add(redirectfulfill.Analyzer, "LinkedReadW24", "w24linkedread/...")
