package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// SiblingEventHookT15h: a handler of another package that decodes an
// event and hands its amount or state to the program's own code (a ledger
// of a sibling package, what it stores out of the model's sight),
// verifying nothing, mounted by gin main behind a verifying middleware on
// one route and on another hook route of the same router with nothing in
// front: the bare mount is reported, each route being judged by its own
// middleware. Silent: the same handler on a back-office replay path and
// on a dev-only router behind a debug flag, a handler mounted twice
// behind the verifier (a group and a route middleware), one checking the
// HMAC itself mounted bare too, one that only logs the event, one handing
// on only the event's id (a read receipt), and a lone bare mount with no
// verified sibling.
var _ = cases.Add(webhookverify.Analyzer, "SiblingEventHookT15h", "t15hsibling/...")
