package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// PostedStatusL14: a callback whose body's status becomes the stored
// payment status through a store helper taking the whole row (an UPDATE
// built piece by piece from the fields set, a constant UPDATE of
// inv.Status behind a forwarding helper), compared with a paid value,
// unverified: reported at the echo mount in another package and at the gin
// call. Silent: the same helper storing the status read back from the
// gateway's API, the same after an HMAC of the raw body, and a carrier's
// status stored on parcels and as an order's shipping_status.
var _ = cases.Add(webhookverify.Analyzer, "PostedStatusL14", "l14posted/server", "l14posted/coinhooks")
