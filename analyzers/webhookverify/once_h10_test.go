package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// OnceH10: an unverified handler is reported once per verdict, at its
// first effect in source order (three writes in a row; writes in two
// branches); a second handler is a second report; a verified handler with
// several writes stays silent.
var _ = cases.Add(webhookverify.Analyzer, "OnceH10", "h10vfyonce")
