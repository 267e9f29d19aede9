package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// FasthttpWrapMount: provider callbacks of other packages mounted by a
// command on a fasthttp/router router.New() (a whole application's
// router, with no Use: only the wrappers around each route's handler can
// verify): a kiosk vendor's checkout callback marking top-ups paid,
// mounted with nothing in front, and behind a wrapper that only logs,
// reported at the mounts. Silent: a transfer rail's callbacks
// (Callbacks.Handle, a webhook by its own name in a package named
// disbursements) mounted behind RequireSignature(secret, next), a
// wrapper of the fasthttp.RequestHandler it returns that checks an HMAC
// of the body and answers 401 before calling next; and the staff receipts
// page on the same router.
var _ = cases.Add(webhookverify.Analyzer, "FasthttpWrapMount", "fasthttpwrapmount/...")
