package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// XenditInvoiceChatK22: gin Xendit invoice callbacks, token-checked, that
// on every delivery of a paid first instalment post a WhatsApp template to
// the student through a gateway's HTTP API (a message), or create the
// second instalment's invoice with xendit-go v6, which takes no key (a
// provider write): reported. Silent: the template handed to an asynq queue
// by a sender of the same name, and the invoice created once, after the
// instalment's stored status is checked and set.
var _ = cases.Add(webhookdedupe.Analyzer, "XenditInvoiceChatK22", "k22xinvoice/...")
