package webhookverify_test

import "github.com/paylint/paylint/analyzers/webhookverify"

// PaddleVerifier: paddle-go-sdk v3's WebhookVerifier.Verify answers
// (false, nil) on a signature that does not match: a webhook testing only
// its error is reported; one testing ok too, and one served behind the
// SDK's own Middleware, stay silent.
var _ = cases.Add(webhookverify.Analyzer, "PaddleVerifier", "paddlebilling/verify")
