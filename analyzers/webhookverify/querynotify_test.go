package webhookverify_test

import "github.com/paylint/paylint/analyzers/webhookverify"

// QueryNotify: an Epay (易支付) asynchronous notification arrives as a GET
// with the trade in the query string (gin ShouldBindQuery, net/http
// r.URL.Query(), echo QueryParam) and marks the order paid with the sign
// never checked: reported. The same notification with the MD5 sign
// recomputed over the sorted query and the merchant key and a mismatch
// refused, the return page the buyer's browser lands on that only shows
// the stored state, and an OAuth redirect URI that trades its code for a
// token and activates the account: silent.
var _ = cases.Add(webhookverify.Analyzer, "QueryNotify", "querynotify/...")
