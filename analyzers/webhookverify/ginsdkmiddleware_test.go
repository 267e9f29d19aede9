package webhookverify_test

import "github.com/paylint/paylint/analyzers/webhookverify"

// GinSDKMiddlewareChain: a gin middleware running Paddle's verifying
// net/http Middleware over gin's chain (c.Next inside the wrapped
// handler) never aborts, so on a bad signature gin runs the webhook
// anyway: the route granting the plan is reported, as is one whose
// middleware answers 403 from Verify without aborting. Silent: the same
// wrapper aborting when the SDK did not pass the request on (a flag) or
// once its handler returns, Verify with AbortWithStatusJSON, and a
// logging middleware on a route that is no webhook.
var _ = cases.Add(webhookverify.Analyzer, "GinSDKMiddlewareChain", "ginpaddlechain/...")
