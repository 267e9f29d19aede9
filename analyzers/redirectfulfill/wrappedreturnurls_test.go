package redirectfulfill_test

import "github.com/paylint/paylint/analyzers/redirectfulfill"

// WrappedReturnURLs: the return URL the app hands the provider through a
// client of its own (hosted.Client.CreateCharge puts its redirect
// parameter in the charge's redirect_url; OpenLink and the wallet's link
// helper hand theirs on) names the page the buyer lands on, and a page
// that writes paid state there without reading the payment is reported
// whatever it compares: a gin page marking the pending order paid, an
// echo page marking the top-up paid (two wrappers deep), and a chi page
// storing a lay-away deposit paid (deposit_status) from the session id in
// its success_url alone. Silent: the cancel URL's page giving the order
// up, a redirect_url page reading the charge back and testing it
// COMPLETED, the session read back and tested paid before the deposit is
// stored, a page only showing the stored state or recording the visit,
// and an OAuth return (code and state).
var _ = cases.Add(redirectfulfill.Analyzer, "WrappedReturnURLs", "wrappedreturnurls/...")
