package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// PaidFlagSiblingR13: a gin handler of another package, verifying
// nothing, whose concrete GORM store flags a commission disbursed with
// the provider's transfer id, mounted twice by main: in a group behind a
// signature middleware, and on the root engine on a callback path that
// names no provider; the open mount is reported, for its sibling shows
// the handler serves signed provider events. Silent: the verified mount;
// a handler mounted the same two ways whose store only flags a notice
// read; a replay route naming no hook and a back-office route beside the
// verified one; a handler mounted open and behind a staff check that
// verifies no signature; both mounts behind the verifier.
var _ = cases.Add(webhookverify.Analyzer, "PaidFlagSiblingR13", "r13pvflag/...")
