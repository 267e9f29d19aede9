package redirectfulfill_test

import "github.com/paylint/paylint/analyzers/redirectfulfill"

// CallbackNameN20: echo handlers named PaymentCallback with their routes
// in a router package. Silent: the gateways' server notification, which
// hands the request to the gateway picked by its path (each checks its
// signature) and is registered on /payment/notify/:gateway. Reported:
// the page the browser comes back to, reading the status from the query
// string itself.
var _ = cases.Add(redirectfulfill.Analyzer, "CallbackNameN20", "n20notify/...")
