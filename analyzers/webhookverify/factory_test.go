package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// Factories: webhooks mounted behind a middleware factory of another
// package (chi With/Use, gin/echo/fiber route, group and app middleware) are
// silent when the middleware the factory returns (a literal, a local
// func, a method value) verifies, reported behind a logging one or a
// factory that verifies on some returns only. Effects handed as a
// callback (or a handler value) to a helper that verifies first, here or
// in another package, are silent; a helper that calls it before
// verifying, also on failure, or after only logging the verdict leaves
// them reported; one whose check paylint cannot judge keeps them silent.
var _ = cases.Add(webhookverify.Analyzer, "Factories", "webhookverify/factory/hooks", "webhookverify/factory/fw")
