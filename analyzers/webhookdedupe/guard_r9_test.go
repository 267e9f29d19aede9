package webhookdedupe_test

import (
	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// StoredGuardOred (h9guard/fetchback): a Stripe handler that fetches
// the intent back and loads the booking by the id in its metadata. A
// mail guarded only by the fetched status is reported (the intent says
// succeeded on every delivery); a guard on the stored booking's status
// OR'ed with the fetched status, in either order, stays silent: the
// booking is looked up by the fetched reference, but it is the
// merchant's stored state.
var _ = cases.Add(webhookdedupe.Analyzer, "StoredGuardOred", "h9guard/fetchback")
