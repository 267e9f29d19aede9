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
// booking. Silent: the handler checking the HMAC itself, the
// reachability probe (GET), and a router handed to a function of another
// package that puts the check in front of every route (r.Use).
var _ = cases.Add(webhookverify.Analyzer, "GorillaSiblingRoute", "gorillawalletroutes/...")
