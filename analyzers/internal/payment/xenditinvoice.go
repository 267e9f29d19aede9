package payment

// xenditV6SDK is the invoice service of github.com/xendit/xendit-go
// v6 (checked: v6.2.0 in the module cache), the SDK most Xendit merchants
// still run: an invoice is the hosted page the payer is sent (and mailed,
// ShouldSendEmail) to pay, so creating one is asking for money again.
// Calls are request builders run by Execute():
//
//	client.InvoiceApi.CreateInvoice(ctx).CreateInvoiceRequest(req).Execute()
//
// (or handed to the service's CreateInvoiceExecute(r)). The builder has
// no IdempotencyKey: Xendit takes no key for invoices and does not refuse
// an external_id it has seen, so a create made twice is two invoices; the
// remedy is to look for the invoice first. The read is the constructor's
// argument: GetInvoiceById(ctx, id). A provider of its own, not entries of
// xenditSDK, because that one's advice is v7's IdempotencyKey(k).
var xenditV6SDK = &provider{
	SDK:    "xendit-go (invoice)",
	Label:  "xendit/invoice",
	Pkgs:   oneOf{"github.com/xendit/xendit-go/v6/invoice"},
	NoKey:  true,
	Attach: attachNone,
	Fix:    "look the invoice up by its external_id (GetInvoices(ctx).ExternalId(id)) before creating another",
	Funcs: []providerFunc{
		invoiceExecute("ApiCreateInvoiceRequest", "InvoiceApi.CreateInvoice", Write|Create, false),
		invoiceExecute("ApiGetInvoiceByIdRequest", "InvoiceApi.GetInvoiceById", StatusRead, true),
		invoiceService("CreateInvoiceExecute", Write|Create, false),
		invoiceService("GetInvoiceByIdExecute", StatusRead, true),
	},
}

// invoiceExecute: the Execute() method of an invoice request builder.
func invoiceExecute(recv, desc string, k Kind, id bool) providerFunc {
	return providerFunc{
		Pkg:  "github.com/xendit/xendit-go/v6/invoice",
		Recv: recv, Name: "Execute", Desc: desc, Kind: k,
		IDArg: -1, KeyArg: -1, OnReceiver: true, IDInBuilder: id, CtorID: 1,
	}
}

// invoiceService: the service's XxxExecute(r) taking the builder.
func invoiceService(name string, k Kind, id bool) providerFunc {
	return providerFunc{
		Pkg:  "github.com/xendit/xendit-go/v6/invoice",
		Recv: "InvoiceApi|InvoiceApiService", Name: name, Desc: "InvoiceApi." + name, Kind: k,
		IDArg: -1, KeyArg: 0, IDInBuilder: id, CtorID: 1,
	}
}

// xenditV6Statuses: the InvoiceStatus constants of v6.2.0; an
// invoice is SETTLED once its funds reach the merchant's balance.
var xenditV6Statuses = []statusSet{{
	Reads:   []string{"InvoiceApi.GetInvoiceById", "InvoiceApi.GetInvoiceByIdExecute"},
	Success: []string{"PAID", "SETTLED"},
	Failure: []string{"EXPIRED"},
	Pending: []string{"PENDING"},
}}
