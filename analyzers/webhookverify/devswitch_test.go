package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// DevSwitchWHA: an echo handler whose svix Verify runs only when a
// configuration switch (a field the deployment sets) is off, the other
// branch decoding unsigned fixtures, both errors checked by one
// `err != nil` after the branches: reported, the verification is skipped
// when the switch is on. Silent: the same switch as a field only a test
// sets (its error a nil), and a switch choosing between the current and
// the previous signing secret, which verifies on both paths, or between
// svix and a legacy check behind an interface we cannot see.
var _ = cases.Add(webhookverify.Analyzer, "DevSwitchWHA", "whadevswitch/...")
