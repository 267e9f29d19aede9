package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// NotPendingGuard: a gin Alipay notification loads the order by the
// posted out_trade_no and acknowledges when the stored order is no longer
// WAIT_BUYER_PAY (a constant of another package, Alipay's pending trade
// state) before Settle, which moves it to TRADE_SUCCESS and books a
// commission: a redelivery stops at the guard, silent. The same test
// after the effect, and a test of the posted trade_status instead of the
// stored one, reported.
var _ = cases.Add(webhookdedupe.Analyzer, "NotPendingGuard", "notpendingguard/...")
