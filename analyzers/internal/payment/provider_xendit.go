package payment

// xenditSDK is github.com/xendit/xendit-go (checked: v7.0.0, module
// .../v7, read from the repository at that tag because the module proxy
// does not serve it). Calls are request builders run by Execute():
//
//	client.PaymentRequestApi.CreatePaymentRequest(ctx).IdempotencyKey(k).PaymentRequestParameters(p).Execute()
//
// (or handed to the service's XxxExecute(r)). A key is attached with the
// builder's IdempotencyKey(k); the SDK adds none of its own and does not
// retry. The payment read is the constructor's argument:
// GetPaymentRequestByID(ctx, id).
var xenditSDK = &provider{
	SDK:     "xendit-go",
	Label:   "xendit",
	Pkgs:    modules{"github.com/xendit/xendit-go"},
	Attach:  attachBuilder,
	Builder: "Request",
	Fix:     "set the request's IdempotencyKey(key) to a key made once before retrying",
	Funcs: []providerFunc{
		xenditExecute("payment_request", "ApiCreatePaymentRequestRequest", "PaymentRequestApi.CreatePaymentRequest", Write|Create, false),
		xenditExecute("payment_request", "ApiGetPaymentRequestByIDRequest", "PaymentRequestApi.GetPaymentRequestByID", StatusRead, true),
		// A refund is a write but not a new payment of the buyer.
		xenditExecute("refund", "ApiCreateRefundRequest", "RefundApi.CreateRefund", Write, false),
		xenditService("CreatePaymentRequestExecute", Write|Create, false),
		xenditService("GetPaymentRequestByIDExecute", StatusRead, true),
	},
}

// xenditExecute: the Execute() method of a request builder.
func xenditExecute(pkg, recv, desc string, k Kind, id bool) providerFunc {
	return providerFunc{
		Pkg:  "github.com/xendit/xendit-go/v7/" + pkg,
		Recv: recv, Name: "Execute", Desc: desc, Kind: k,
		IDArg: -1, KeyArg: -1, OnReceiver: true, IDInBuilder: id, CtorID: 1,
	}
}

// xenditService: the service's XxxExecute(r) taking the builder.
func xenditService(name string, k Kind, id bool) providerFunc {
	return providerFunc{
		Pkg:  "github.com/xendit/xendit-go/v7/payment_request",
		Recv: "PaymentRequestApi|PaymentRequestApiService", Name: name, Desc: "PaymentRequestApi." + name, Kind: k,
		IDArg: -1, KeyArg: 0, IDInBuilder: id, CtorID: 1,
	}
}

// xenditStatuses: the PaymentRequestStatus constants of v7.0.0.
var xenditStatuses = []statusSet{{
	Reads:   []string{"PaymentRequestApi.GetPaymentRequestByID", "PaymentRequestApi.GetPaymentRequestByIDExecute"},
	Success: []string{"SUCCEEDED"},
	Failure: []string{"FAILED", "CANCELED", "VOIDED", "EXPIRED"},
	Pending: []string{"PENDING", "REQUIRES_ACTION", "AWAITING_CAPTURE"},
}}
