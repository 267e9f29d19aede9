package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// HertzMountW24: Midtrans notification handlers of a co-working space,
// known by the notification their body carries and mounted by the
// command on a hertz server.Default() (a whole application's router,
// no middleware of the caller's): the one marking the day pass paid on
// the notification's word alone reported at its mount. Silent: the one
// comparing signature_key, the SHA-512 of order_id, status_code,
// gross_amount and the server key, and refusing a mismatch.
var _ = cases.Add(webhookverify.Analyzer, "HertzMountW24", "w24hertzmount/...")
