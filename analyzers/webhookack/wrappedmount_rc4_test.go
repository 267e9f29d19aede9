package webhookack_test

import (
	"github.com/paylint/paylint/analyzers/webhookack"
)

// WrappedMountRC4: a handler known as a webhook only by the route that
// mounts it (it reads the posted payment id back from Mercado Pago) is
// found at a mount that wraps it in middleware calls around an
// http.HandlerFunc conversion (logged(http.TimeoutHandler(
// http.HandlerFunc(l.Handle), …))): its venue call before the answer is
// reported at the binding (app). Silent: the same wrapped mount on the
// buyer's return page (appreturn).
var _ = cases.Add(webhookack.Analyzer, "WrappedMountRC4", "rc4wrapped/mppay", "rc4wrapped/app", "rc4wrapped/appreturn")
