package redirectfulfill_test

import "github.com/paylint/paylint/analyzers/redirectfulfill"

// BrowserPostBack: the buyer's browser posts the provider's order id back
// after approving in PayPal's window (PayPal Buttons' onApprove), on POST
// routes whose words say nothing of a return: a gin print shop reading
// the posted order back and taking APPROVED for paid, or never testing
// its status (the id in the query), and a net/http bakery whose switch
// lets APPROVED through with COMPLETED. Silent: COMPLETED alone, the
// check in a helper of another package answering only a captured order,
// a callback that only tells the script what PayPal says, and a signed
// server-to-server notification that reads the order back.
var _ = cases.Add(redirectfulfill.Analyzer, "BrowserPostBack", "browserpostback/...")
