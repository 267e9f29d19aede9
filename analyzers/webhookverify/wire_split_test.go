package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// WiredSplitMount: a handler of package psp with no route there that
// verifies nothing and marks the order paid only through an interface no
// implementation in sight explains is judged where package web mounts it,
// as one writing the state itself is: reported once, at the bare route;
// silent behind a verifying middleware. A handler whose own check is
// broken stays reported at its effect.
var _ = cases.Add(webhookverify.Analyzer, "WiredSplitMount", "wirehooks/splitmount/...")
