package webhookdedupe_test

import (
	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// ClaimIfaceH10: a claim asked through the domain's interface whose
// only implementation here inserts the event ON CONFLICT DO NOTHING guards
// the effect in its positive block as after an early return; an unchecked
// claim, an implementation bumping a counter and an interface implemented
// nowhere in sight guard nothing.
var _ = cases.Add(webhookdedupe.Analyzer, "ClaimIfaceH10", "h10claimiface")
