package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// NoticeFieldsM19: fiber handlers named for nothing and mounted by the
// command on routes that name nothing, known as provider webhooks by the
// notification their body carries (Midtrans's transaction_status and
// order_id with fraud_status, read from a map; Xendit's invoice callback
// external_id and status with paid_amount, bound to a struct) and
// marking the order paid unverified: reported. Silent: the same after
// comparing signature_key or x-callback-token, and the shop's packing app
// posting an order id and a status (no provider's set).
var _ = cases.Add(webhookverify.Analyzer, "NoticeFieldsM19", "m19notice/...")
