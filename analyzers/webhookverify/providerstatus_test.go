package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// ProviderStatusR15: a net/http Paystack webhook saving the posted status
// on the payment row with GORM Save, and a handler named for nothing whose
// body is decoded into a Midtrans notice handing the posted transaction
// status to GORM Updates on the order, neither compared with a paid value:
// the provider's own status holds its paid value, reported. Silent: the
// same after Paystack's HMAC of the body, the status read back from
// Paystack's API, the posted status kept in a log row or a note, and a
// courier's webhook copying its status onto the order.
var _ = cases.Add(webhookverify.Analyzer, "ProviderStatusR15", "r15provstatus/hooks")
