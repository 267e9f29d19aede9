package redirectfulfill_test

import "github.com/paylint/paylint/analyzers/redirectfulfill"

// PortSettlementF18: echo Midtrans Snap finish pages activating a plan.
// Silent: the status answered by a port no implementation here explains
// (main binds it) and by one whose implementation here calls
// CheckTransaction, each required to be "settlement" (Midtrans' paid,
// no word of the global vocabulary). Reported: "settlement" compared on
// the redirect's transaction_status, and on the shop's own stored status
// read by a concrete SQL method.
var _ = cases.Add(redirectfulfill.Analyzer, "PortSettlementF18", "f18portstatus/...")
