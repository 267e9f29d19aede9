package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// PostgRESTWriteL22: payment callbacks verifying nothing store a paid
// state through a hand-written PostgREST client of the app's own
// database: an echo mobile-money callback PATCHing rest/v1/rentals with
// the caller's map as the JSON body, a day pass through a setter that
// builds {"status": state} around its parameter, and a gin IPN handler
// confirming a booking through a resty client (SetBody of a struct with
// JSON names, an =eq. filter, Supabase's apikey header): reported at the
// calls. Silent: the same write behind an HMAC of the body, a callback
// only reading the rental back, one patching a profile row (status
// active, no payment's row), a booking put on hold, and a booking told
// paid to a channel manager's own /rest/v1/ API (no PostgREST syntax, no
// apikey: not the app's database).
var _ = cases.Add(webhookverify.Analyzer, "PostgRESTWriteL22", "l22pgwrite/...")
