package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// SecretV11: a verifier of another package that returns nil when the
// secret is empty (paddlesig.Verify) fails open for a caller whose secret
// can be empty (a field set by an exported constructor nobody checks);
// silent with a verifier that errors on an empty secret, and when the
// field is set only from a value the constructor refuses when empty
// (log.Fatal). A verification skipped under a boolean field set from
// configuration (a sandbox switch) is reported; a flag only ever set in
// _test.go files, a constant false and a sandbox flag that only picks a
// base URL stay silent.
var _ = cases.Add(webhookverify.Analyzer, "SecretV11", "webhookverify/secretv11/...")
