package retrystatus_test

import "github.com/paylint/paylint/analyzers/retrystatus"

// BilledSumC15R: a hand-written net/http loop POSTing a sum billed in
// minor units (charge_pence, billed_cents) with the payer's or payee's id
// to a path naming no payment, leaving only on 2xx (a /100 test, a switch
// on 200/201) and retrying every other status, retries the refusals; the
// same collection retried only on 5xx/429, an estimate for a member and a
// tariff's price_cents stay silent.
var _ = cases.Add(retrystatus.Analyzer, "BilledSumC15R", "retrystatus/c15r/billedsum")
