package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// MobileMoney: M-Pesa (Daraja) STK callbacks and C2B confirmations are
// unsigned payment webhooks, known by their route or by their payload;
// an SMS delivery report or an account callback is not.
var _ = cases.Add(webhookverify.Analyzer, "MobileMoney", "webhookverify/daraja/...")
