package payment

// xenditInvoiceSDK is the invoice service of github.com/xendit/xendit-go
// (checked in the module cache: v6.0.0-20240815053147-7132b34ff21b and
// v7.0.0, whose invoice packages declare the same API, v6.2.0 before
// them, and v1.0.8's invoice package), the service most Xendit merchants
// run: an invoice is the hosted page the payer is sent (and mailed,
// ShouldSendEmail) to pay, so creating one is asking for money again.
// v6 and v7 calls are request builders run by Execute():
//
//	client.InvoiceApi.CreateInvoice(ctx).CreateInvoiceRequest(req).Execute()
//
// (or handed to the service's CreateInvoiceExecute(r)); v1 has
// package-level functions on a default client and the same methods on an
// invoice.Client: invoice.Create(&invoice.CreateParams{…}), with a
// ...WithContext(ctx, …) form of each. No version takes an idempotency
// key for invoices, and Xendit does not refuse an external_id it has
// seen, so a create made twice is two invoices; the remedy is to look for
// the invoice first. The read is the builder constructor's argument,
// GetInvoiceById(ctx, id), or v1's GetParams.ID. A provider of its own,
// not entries of xenditSDK, because that one's advice is IdempotencyKey(k).
var xenditInvoiceSDK = &provider{
	SDK:     "xendit-go (invoice)",
	Label:   "xendit/invoice",
	Pkgs:    oneOf{xenditV6 + "/invoice", xenditV7 + "/invoice", xenditV1 + "/invoice"},
	NoKey:   true,
	Attach:  attachNone,
	Builder: "Request",
	Fix:     "look the invoice up by its external_id (GetInvoices(ctx).ExternalId(id)) before creating another",
	Funcs: append(append(xenditInvoiceFuncs(xenditV6), xenditInvoiceFuncs(xenditV7)...),
		xenditV1Funcs(xenditV1+"/invoice",
			providerFunc{Name: "Create", Kind: Write | Create, IDArg: -1, KeyArg: -1},
			providerFunc{Name: "Get", Kind: StatusRead, IDArg: -1, KeyArg: 0, IDField: "ID"},
		)...),
}

// Module paths of the xendit-go versions known.
const (
	xenditV1 = "github.com/xendit/xendit-go"
	xenditV6 = "github.com/xendit/xendit-go/v6"
	xenditV7 = "github.com/xendit/xendit-go/v7"
)

// xenditInvoiceFuncs: the invoice calls of one generated SDK version.
func xenditInvoiceFuncs(mod string) []providerFunc {
	pkg := mod + "/invoice"
	return []providerFunc{
		xenditExecute(pkg, "ApiCreateInvoiceRequest", "InvoiceApi.CreateInvoice", Write|Create, false),
		xenditExecute(pkg, "ApiGetInvoiceByIdRequest", "InvoiceApi.GetInvoiceById", StatusRead, true),
		xenditService(pkg, "InvoiceApi", "CreateInvoiceExecute", Write|Create, false),
		xenditService(pkg, "InvoiceApi", "GetInvoiceByIdExecute", StatusRead, true),
	}
}

// xenditV1Funcs: each v1 call as the package-level function, as the
// invoice.Client (disbursement.Client) method, and both ...WithContext
// forms, whose arguments start with the context.
func xenditV1Funcs(pkg string, fs ...providerFunc) []providerFunc {
	var all []providerFunc
	for _, f := range fs {
		g := f
		g.Name += "WithContext"
		if g.KeyArg >= 0 {
			g.KeyArg++
		}
		all = append(all, f, g)
	}
	return funcAndClient(pkg, pkg[len(xenditV1)+1:], all...)
}

// xenditInvoiceStatuses: the InvoiceStatus constants of v6 and v7 (v1's
// Invoice.Status is a string of the same values); an invoice is SETTLED
// once its funds reach the merchant's balance.
var xenditInvoiceStatuses = []statusSet{{
	Reads: []string{"InvoiceApi.GetInvoiceById", "InvoiceApi.GetInvoiceByIdExecute",
		"invoice.Get", "invoice.GetWithContext", "Client.Get", "Client.GetWithContext"},
	Success: []string{"PAID", "SETTLED"},
	Failure: []string{"EXPIRED"},
	Pending: []string{"PENDING"},
}}
