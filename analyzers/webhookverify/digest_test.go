package webhookverify_test

import "github.com/paylint/paylint/analyzers/webhookverify"

// DigestKeyC15H: an echo callback whose signature is an md5 digest of the
// body's fields and the API key, compared with the body's signature by a
// helper returning the == (Midtrans', Duitku's scheme), checked only when
// the key is set, and applying the result code through a port answering
// (changed bool, err error) that main binds to a paid UPDATE, is reported
// at the binding (fails open). Silent: the same check refusing the
// callback when the key is empty.
var _ = cases.Add(webhookverify.Analyzer, "DigestKeyC15H", "c15hdigest/...")
