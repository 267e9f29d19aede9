package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// MongoStatusM19: a net/http Midtrans notification (routed by chi)
// decoding the body into a map and handing the posted transaction status
// to a service that maps capture and settlement onto its own paid state
// and stores it with a mongo $set of the order's status from a parameter:
// reported at the call. Silent: the same after comparing signature_key
// with the SHA512 of order_id, status_code, gross_amount and the server
// key, and a service writing the mapped state only to the notification
// log's collection.
var _ = cases.Add(webhookverify.Analyzer, "MongoStatusM19", "m19mongo/...")
