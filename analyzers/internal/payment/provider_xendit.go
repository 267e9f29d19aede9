package payment

// xenditSDK is github.com/xendit/xendit-go (checked in the module cache:
// v7.0.0 and v6.0.0-20240815053147-7132b34ff21b, whose payout packages
// declare the same API). Calls are request builders run by Execute():
//
//	client.PaymentRequestApi.CreatePaymentRequest(ctx).IdempotencyKey(k).PaymentRequestParameters(p).Execute()
//	client.PayoutApi.CreatePayout(ctx).IdempotencyKey(k).CreatePayoutRequest(r).Execute()
//
// (or handed to the service's XxxExecute(r)). A key is attached with the
// builder's IdempotencyKey(k), sent as the idempotency-key header; the SDK
// adds none of its own and does not retry (CreatePayoutExecute refuses a
// request without one, so a payout's key is the question: one made anew
// per call, uuid.NewString(), is a new payout each time). The payment
// read is the constructor's argument: GetPaymentRequestByID(ctx, id).
// Invoices are xenditInvoiceSDK (xenditinvoice.go), v1's disbursements
// xenditDisbursementSDK.
var xenditSDK = &provider{
	SDK:     "xendit-go",
	Label:   "xendit",
	Pkgs:    modules{xenditV1},
	Attach:  attachBuilder,
	Builder: "Request",
	Fix:     "set the request's IdempotencyKey(key) to a key made once before retrying",
	Funcs: append([]providerFunc{
		xenditExecute(xenditV7+"/payment_request", "ApiCreatePaymentRequestRequest", "PaymentRequestApi.CreatePaymentRequest", Write|Create, false),
		xenditExecute(xenditV7+"/payment_request", "ApiGetPaymentRequestByIDRequest", "PaymentRequestApi.GetPaymentRequestByID", StatusRead, true),
		// A refund is a write but not a new payment of the buyer.
		xenditExecute(xenditV7+"/refund", "ApiCreateRefundRequest", "RefundApi.CreateRefund", Write, false),
		xenditService(xenditV7+"/payment_request", "PaymentRequestApi", "CreatePaymentRequestExecute", Write|Create, false),
		xenditService(xenditV7+"/payment_request", "PaymentRequestApi", "GetPaymentRequestByIDExecute", StatusRead, true),
	}, append(xenditPayoutFuncs(xenditV6), xenditPayoutFuncs(xenditV7)...)...),
}

// xenditPayoutFuncs: a payout sends money out of the merchant's balance
// (a new payout to a recipient, not a payment of the buyer: Outgoing), in
// one generated SDK version. GetPayoutById reads its status, CancelPayout
// stops one still ACCEPTED before it is sent out (a Release).
func xenditPayoutFuncs(mod string) []providerFunc {
	out := func(f providerFunc) providerFunc { f.Outgoing = true; return f }
	return []providerFunc{
		out(xenditExecute(mod+"/payout", "ApiCreatePayoutRequest", "PayoutApi.CreatePayout", Write|Create, false)),
		out(xenditService(mod+"/payout", "PayoutApi", "CreatePayoutExecute", Write|Create, false)),
		xenditExecute(mod+"/payout", "ApiGetPayoutByIdRequest", "PayoutApi.GetPayoutById", StatusRead, true),
		xenditService(mod+"/payout", "PayoutApi", "GetPayoutByIdExecute", StatusRead, true),
		xenditExecute(mod+"/payout", "ApiCancelPayoutRequest", "PayoutApi.CancelPayout", Release, true),
		xenditService(mod+"/payout", "PayoutApi", "CancelPayoutExecute", Release, true),
	}
}

// xenditExecute: the Execute() method of a request builder of pkg.
func xenditExecute(pkg, recv, desc string, k Kind, id bool) providerFunc {
	return providerFunc{
		Pkg: pkg, Recv: recv, Name: "Execute", Desc: desc, Kind: k,
		IDArg: -1, KeyArg: -1, OnReceiver: true, IDInBuilder: id, CtorID: 1,
	}
}

// xenditService: the service's XxxExecute(r) taking the builder, on the
// api interface and its XxxApiService implementation.
func xenditService(pkg, api, name string, k Kind, id bool) providerFunc {
	return providerFunc{
		Pkg: pkg, Recv: api + "|" + api + "Service", Name: name, Desc: api + "." + name, Kind: k,
		IDArg: -1, KeyArg: 0, IDInBuilder: id, CtorID: 1,
	}
}

// xenditDisbursementSDK is v1's disbursement package
// (github.com/xendit/xendit-go/disbursement, checked: v1.0.8): a
// disbursement sends money to a bank account, and CreateParams'
// IdempotencyKey, when not empty, is sent as X-IDEMPOTENCY-KEY; the SDK
// adds none of its own and does not retry.
var xenditDisbursementSDK = &provider{
	SDK:    "xendit-go (disbursement)",
	Label:  "xendit/disbursement",
	Pkgs:   oneOf{xenditV1 + "/disbursement"},
	Attach: attachPath,
	Fix:    "set CreateParams.IdempotencyKey to a key made once (from the transfer's own id) before retrying",
	Funcs: xenditV1Funcs(xenditV1+"/disbursement",
		providerFunc{Name: "Create", Kind: Write, IDArg: -1, KeyArg: 0, KeyPath: []string{"IdempotencyKey"}},
	),
}

// xenditStatuses: the PaymentRequestStatus constants of v7.0.0.
var xenditStatuses = []statusSet{{
	Reads:   []string{"PaymentRequestApi.GetPaymentRequestByID", "PaymentRequestApi.GetPaymentRequestByIDExecute"},
	Success: []string{"SUCCEEDED"},
	Failure: []string{"FAILED", "CANCELED", "VOIDED", "EXPIRED"},
	Pending: []string{"PENDING", "REQUIRES_ACTION", "AWAITING_CAPTURE"},
}, {
	// A payout's Status (v7.0.0 model_payout.go): ACCEPTED and REQUESTED
	// (not yet sent out, still cancellable when ACCEPTED) and LOCKED are
	// not final; a REVERSED payout came back.
	Reads:   []string{"PayoutApi.GetPayoutById", "PayoutApi.GetPayoutByIdExecute"},
	Success: []string{"SUCCEEDED"},
	Failure: []string{"FAILED", "CANCELLED", "REVERSED"},
	Pending: []string{"ACCEPTED", "REQUESTED", "LOCKED"},
}}
