package webhookack_test

import "github.com/paylint/paylint/analyzers/webhookack"

// TokenReadC20: chi PayPal webhooks of a travel agency read the order back
// through a hand-written client that fetches an OAuth token first and
// sends it as the read's bearer. Silent: that one read (the token fetch
// serves it). Reported: the read followed by a post to the hotel's API,
// a read through a client method whose first call (an audit post)
// authorises nothing, and the order read back twice.
var _ = cases.Add(webhookack.Analyzer, "TokenReadC20", "c20tokenread/...")
