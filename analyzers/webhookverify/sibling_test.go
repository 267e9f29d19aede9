package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// SignedSiblingWHA: a routes package registering a payment network's
// notices on a gin or echo group its caller hands in mounts an unverified
// settlement handler beside a sibling under the same provider path that
// it signs itself (route middleware, a group made here): reported, for a
// verifier on the caller's group would make the sibling's redundant.
// Silent: a sibling behind a staff check, a signed sibling under another
// provider's path, both routes signed, and a lone route on the caller's
// group.
var _ = cases.Add(webhookverify.Analyzer, "SignedSiblingWHA", "whasibling/...")
