package webhookack_test

import (
	"github.com/paylint/paylint/analyzers/webhookack"
)

// StateWebhookY17: callbacks of aggregators paylint has no table for,
// known as webhooks by a callback-token header (echo) or an IPN name
// (net/http), mounted from another package, that read the posted body,
// have another package's store UPDATE a payment order's status or a
// merchant wallet's balance, and then, before answering, POST to the
// merchant's notify URL through the handler's own method or page the
// chat through a field's client: reported. Silent: the merchant told
// from a goroutine (QRQueued), the answer flushed before paging
// (FlushedIPN), a callback only logged (QRLogged) or renaming a
// merchant's profile (QRProfile) — no payment state moves — and the
// staff console replaying a webhook or topping a wallet up (admin).
var _ = cases.Add(webhookack.Analyzer, "StateWebhookY17", "y17gateway/relay", "y17gateway/books", "y17gateway/qris", "y17gateway/ewallet", "y17gateway/admin", "y17gateway/router")
