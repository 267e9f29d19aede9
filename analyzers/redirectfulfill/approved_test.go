package redirectfulfill_test

import "github.com/paylint/paylint/analyzers/redirectfulfill"

// ProviderNotPaidN20: gin pages PayPal sends a concert-goer back to read
// the order (through a wrapper of another package or the SDK directly)
// and store the seats paid when its status is APPROVED or COMPLETED: an
// APPROVED order is only approved by the buyer, nothing captured, and is
// reported (an if with ||, a switch on the SDK's constants). Silent: the
// capture tested COMPLETED, COMPLETED alone, an APPROVED order that only
// gets a thank-you page, and the shop's own row whose "approved" is its
// word for paid.
var _ = cases.Add(redirectfulfill.Analyzer, "ProviderNotPaidN20", "n20approved/...")
