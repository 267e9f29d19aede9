package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// OutsideGroupV18: a handler of another package decoding a provider's
// event and storing what it decoded, verifying nothing itself, mounted on
// the root router beside the group (gin Group, gorilla/mux Subrouter)
// whose middleware verifies a sibling route taking the same event:
// reported at the bare registration, for a sibling's middleware does not
// cover it (Paystack renewals extending a membership and a transfer
// marked reversed; an Acme bank payout marked bounced, net/http). Silent:
// the same handler inside the group, behind a root-level Use of the
// verifier, behind a staff check, on a back-office path or under another
// provider's path; a handler checking the HMAC itself, one that only logs
// or answers a probe, and a health check outside the group.
var _ = cases.Add(webhookverify.Analyzer, "OutsideGroupV18", "v18outsidegroup/...")
