package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// RequestStoreEvent: a gin or echo middleware that verifies the signature
// and hands the event on in the framework's request store (c.Set), its
// handler reading it back (c.MustGet, c.Get): the handler is judged where
// it is mounted, silent behind the route's verifying middleware (gin route
// middleware before the handler, echo route middleware after it) and
// reported on a bare route of the same app. A package that also writes the
// key with no check (a replay middleware) leaves its handler judged, and
// reported, in its own package.
var _ = cases.Add(webhookverify.Analyzer, "RequestStoreEvent", "requeststorehooks/...")

// RequestStoreLocals: the same with fiber's c.Locals, under a key of the
// package's own type: silent behind the route's verifying middleware,
// reported on a bare route.
var _ = cases.Add(webhookverify.Analyzer, "RequestStoreLocals", "localsstorehooks/...")

// RouteCallbackToken: Daraja's callbacks read fiber's raw body (c.Body())
// and are mounted in another package behind a callback-token middleware
// made once by a factory of a third and held in a local (silent). The same
// handlers behind a middleware that only logs, behind one that compares
// the token but lets a wrong one through, or on a route outside the
// sibling's middleware, are reported at the route.
var _ = cases.Add(webhookverify.Analyzer, "RouteCallbackToken", "routetokenhooks/...")

// GroupSharedSecret: a gin group whose middleware, from another package,
// compares Flutterwave's verif-hash with the secret in constant time and
// aborts covers the hook mounted in it (silent); a group whose middleware
// only logs a wrong hash, or only tags the request, does not (reported).
var _ = cases.Add(webhookverify.Analyzer, "GroupSharedSecret", "groupsecrethooks/...")

// BunStatusStore: a pay-later hook hands the paid state to a store bound
// where it is mounted, whose bun Set("status = ?", string(st)) writes it
// to the order's status column: reported at the bare route. A store
// method writing a note, or an audit log's status, stays silent.
var _ = cases.Add(webhookverify.Analyzer, "BunStatusStore", "bunstatushooks/...")
