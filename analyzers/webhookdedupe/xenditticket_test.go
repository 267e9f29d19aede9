package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// XenditTicketCallbacks: gin Xendit invoice callbacks of a ticketing site
// (xendit-go v6). Reported: a paid invoice inserting the payment row with
// its amount (gorm Create of a variable built from a literal, of a
// literal in place with the database taken from the gin context, and a
// constant INSERT INTO payments through gorm's Exec), and the organiser's
// PayoutApi.CreatePayout under an IdempotencyKey made from uuid.NewString()
// on every delivery. The first handler answers with the payout's channel:
// the builder's IdempotencyKey(k) step answers no question, so it is no
// duplicate guard, and what it flows into (the payout, the gin context
// the answer is written to) stays unguarded. Silent: the payment looked
// up by the invoice id first and the delivery answered when found; the
// insert under the unique invoice_id whose gorm.ErrDuplicatedKey is
// answered as the earlier delivery; the insert ON CONFLICT (invoice_id)
// DO NOTHING that stops when no row was added; and a payout whose key is
// made from the invoice id, stable across deliveries.
var _ = cases.Add(webhookdedupe.Analyzer, "XenditTicketCallbacks", "xenditticketcallbacks/...")
