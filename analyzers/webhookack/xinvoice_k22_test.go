package webhookack_test

import "github.com/paylint/paylint/analyzers/webhookack"

// XenditInvoiceChatK22: gin Xendit invoice callbacks, token-checked, on a
// paid first instalment: a WhatsApp template posted to a gateway's HTTP
// API, and the second instalment's invoice created with xendit-go v6
// (InvoiceApi.CreateInvoice(...).Execute(), a provider write), each before
// answering: reported. Silent: the template handed to an asynq queue by a
// sender of the same name, and the invoice created in a goroutine after
// the stored status is checked and set.
var _ = cases.Add(webhookack.Analyzer, "XenditInvoiceChatK22", "k22xinvoice/...")
