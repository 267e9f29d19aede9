package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// GorillaSiblingRoute: a wallet's notifications served on gorilla/mux
// routers by a handler type of another package named for nothing
// webhook-like (wallet.Notifier), its stores bound by main's struct
// literal (an adapter type embedding two stores). Reported at the open
// registration: the payment route beside its refund sibling signed route
// by route, on a router a routes function of another package also fills
// (it only adds routes and a sub-router), the bound store confirming the
// booking; the payouts route beside the signed refunds route with only
// the router's panic recovery in front, the bound store settling the
// payout row; and both on a sub-router of a router a routes function of
// the same package fills. Silent: the handler checking the HMAC itself,
// the reachability probe (GET), a sibling behind a logging middleware
// only (for the payout route, which no paid state makes a payment
// webhook), the signature middleware on the whole router or on the
// wallet's sub-router (Use), and a router handed to a function, of
// another package or this one, that puts the check in front of every
// route (r.Use).
var _ = cases.Add(webhookverify.Analyzer, "GorillaSiblingRoute", "gorillawalletroutes/...")
