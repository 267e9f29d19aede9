package webhookack_test

import "github.com/paylint/paylint/analyzers/webhookack"

// XenditPayoutBeforeAnswer: Xendit invoice callbacks of a marketplace
// that pay the seller before answering, through xendit-go v7's
// PayoutApi.CreatePayout(ctx)…Execute() and through v1's
// disbursement.CreateWithContext: a provider call each, reported.
// Silent: the payout handed to a worker's channel, and the payout sent
// from a goroutine after the 2xx.
var _ = cases.Add(webhookack.Analyzer, "XenditPayoutBeforeAnswer", "xenditpayoutack")
