package webhookack_test

import "github.com/paylint/paylint/analyzers/webhookack"

// PaddleCancel: a Paddle webhook cancelling the past-due subscription at
// Paddle (SubscriptionsClient.CancelSubscription) before it answers is
// reported; the same cancel in a goroutine after the answer is silent.
var _ = cases.Add(webhookack.Analyzer, "PaddleCancel", "paddlebilling/ack")
