package payment

// paypalSDK is github.com/plutov/paypal (checked: v4.8.0, module
// github.com/plutov/paypal/v4), the community SDK most Go shops use;
// PayPal publishes no official Go SDK. Each write has a variant taking
// the PayPal-Request-Id as a string argument:
//
//	c.CreateOrderWithPaypalRequestID(ctx, intent, units, payer, appCtx, requestID)
//
// The plain variants (CreateOrder, CaptureOrder, …) send none, "" sends
// none, and the SDK neither adds a key of its own nor retries. Payouts
// (checked: v4.17.0 payout.go) take no request id: PayPal dedupes a
// batch on its header's sender_batch_id ("a sender_batch_id used in the
// last 30 days is rejected"), so CreatePayout's key is
// Payout.SenderBatchHeader.SenderBatchID, and GetPayout(ctx,
// payoutBatchID) reads the batch's state.
var paypalSDK = &provider{
	SDK:     "plutov/paypal",
	Label:   "paypal",
	Pkgs:    moduleRoots{"github.com/plutov/paypal"},
	Attach:  attachArg,
	KeyName: "PayPal-Request-Id",
	Fix:     "call its ...WithPaypalRequestId variant with a PayPal-Request-Id made once before retrying (for a payout: a sender_batch_id made once)",
	Funcs: []providerFunc{
		paypalFunc("CreateOrder", Write|Create, -1, -1),
		paypalFunc("CreateOrderWithPaypalRequestID", Write|Create, -1, 5),
		paypalFunc("CaptureOrder", Write, 1, -1),
		paypalFunc("CaptureOrderWithPaypalRequestId", Write, 1, 3),
		paypalFunc("CaptureAuthorization", Write, 1, -1),
		paypalFunc("CaptureAuthorizationWithPaypalRequestId", Write, 1, 3),
		// A refund is a write but not a new payment of the buyer.
		paypalFunc("RefundCapture", Write, 1, -1),
		paypalFunc("RefundCaptureWithPaypalRequestId", Write, 1, 3),
		paypalFunc("GetOrder", StatusRead, 1, -1),
		// A payout batch sends money out; its key is in the batch header.
		{Pkg: "github.com/plutov/paypal/v4", Recv: "Client", Name: "CreatePayout", Desc: "Client.CreatePayout",
			Kind: Write | Create, IDArg: -1, KeyArg: 1,
			Attach: attachPath, KeyPath: []string{"SenderBatchHeader", "SenderBatchID"}},
		paypalFunc("GetPayout", StatusRead, 1, -1),
	},
	// VerifyWebhookSignature posts the transmission headers and body to
	// PayPal, which answers SUCCESS or FAILURE with a nil error.
	Verifiers: []providerVerifier{{
		Pkg: "github.com/plutov/paypal/v4", Recv: "Client", Name: "VerifyWebhookSignature",
		Desc: "Client.VerifyWebhookSignature", Verdict: 0,
		Field: "VerificationStatus", OK: "SUCCESS", Fail: "FAILURE",
		Why: "a remote call that answers FAILURE without an error",
		Fix: `compare its VerificationStatus with "SUCCESS"`,
	}},
}

func paypalFunc(name string, k Kind, id, key int) providerFunc {
	return providerFunc{
		Pkg:  "github.com/plutov/paypal/v4",
		Recv: "Client", Name: name, Desc: "Client." + name, Kind: k,
		IDArg: id, KeyArg: key,
	}
}

// paypalStatuses: an order's status (the OrderStatus* constants of
// v4.17.0, and PAYER_ACTION_REQUIRED). APPROVED means the buyer approved
// the order: it is not paid until captured (COMPLETED).
var paypalStatuses = []statusSet{{
	Reads:   []string{"Client.GetOrder"},
	Success: []string{"COMPLETED"},
	Failure: []string{"VOIDED"},
	Pending: []string{"CREATED", "SAVED", "APPROVED", "PAYER_ACTION_REQUIRED"},
}, {
	// A payout batch's batch_status (the BatchStatus* constants of
	// v4.17.0, and NEW from PayPal's Payouts reference).
	Reads:   []string{"Client.GetPayout"},
	Success: []string{"SUCCESS"},
	Failure: []string{"DENIED", "CANCELED"},
	Pending: []string{"PENDING", "PROCESSING", "NEW"},
}}
