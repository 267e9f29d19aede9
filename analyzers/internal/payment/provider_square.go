package payment

// squareSDK is github.com/square/square-go-sdk (checked: v1.5.0). Calls
// take a request struct whose IdempotencyKey field (JSON
// idempotency_key) carries the key, required by the API for payments,
// refunds and order payments and optional for new orders:
//
//	client.Payments.Create(ctx, &square.CreatePaymentRequest{IdempotencyKey: k, ...})
//
// The SDK adds no key of its own; it retries a failed call itself (2
// attempts by default) with the same body, so a single call is safe. The
// payment read is named by the request's PaymentID (OrderID) field.
var squareSDK = &provider{
	SDK:    "square-go-sdk",
	Label:  "square",
	Pkgs:   modules{"github.com/square/square-go-sdk"},
	Attach: attachField,
	Fix:    "set the request's IdempotencyKey to a key made once before retrying",
	Funcs: []providerFunc{
		squareFunc("payments", "Payments", "Create", Write|Create, ""),
		squareFunc("payments", "Payments", "Get", StatusRead, "PaymentID"),
		// A refund is a write but not a new payment of the buyer.
		squareFunc("refunds", "Refunds", "RefundPayment", Write, ""),
		squareFunc("orders/client", "Orders", "Create", Write|Create, ""),
		squareFunc("orders/client", "Orders", "Pay", Write, "OrderID"),
		squareFunc("orders/client", "Orders", "Get", StatusRead, "OrderID"),
		// A terminal checkout asks a Square Terminal to take the buyer's
		// card: creating one starts a payment (the reader charges the card
		// the buyer taps), reading it is that payment's status, and
		// cancelling it stops the reader from taking it (a Release).
		squareFunc("terminal/checkouts", "Terminal.Checkouts", "Create", Write|Create, ""),
		squareFunc("terminal/checkouts", "Terminal.Checkouts", "Get", StatusRead, "CheckoutID"),
		squareFunc("terminal/checkouts", "Terminal.Checkouts", "Cancel", Release, "CheckoutID"),
	},
	// VerifySignature (v1.5.0) returns nil at once when RequestBody is
	// "", before it looks at the signature header, the key or the URL:
	// a handler must require a body itself (handler/emptybody.go).
	Verifiers: []providerVerifier{{
		Pkg: "github.com/square/square-go-sdk/webhooks/client", Recv: "Client", Name: "VerifySignature",
		Desc: "Webhooks.VerifySignature", Verdict: -1, EmptyBody: true,
		Why: "which answers nil for an empty body without checking the signature, and nothing here requires a body",
		Fix: "reject an empty body (len(body) == 0) before verifying",
	}},
}

// squareFunc describes a method of a resource client:
// (ctx, *square.XxxRequest, opts...).
func squareFunc(pkg, field, name string, k Kind, idField string) providerFunc {
	return providerFunc{
		Pkg:  "github.com/square/square-go-sdk/" + pkg,
		Recv: "Client", Name: name, Desc: field + "." + name, Kind: k,
		IDArg: -1, IDField: idField, KeyArg: 1,
	}
}

// squareStatuses (v1.5.0): a payment's Status is APPROVED, PENDING,
// COMPLETED, CANCELED or FAILED; APPROVED is authorized, not captured. An
// order's State is one of the OrderState constants (OPEN, COMPLETED,
// CANCELED, DRAFT).
var squareStatuses = []statusSet{{
	Reads:   []string{"Payments.Get"},
	Success: []string{"COMPLETED"},
	Failure: []string{"CANCELED", "FAILED"},
	Pending: []string{"APPROVED", "PENDING"},
}, {
	Reads:   []string{"Orders.Get"},
	Success: []string{"COMPLETED"},
	Failure: []string{"CANCELED"},
	Pending: []string{"OPEN", "DRAFT"},
}, {
	// A terminal checkout's Status (v1.5.0): PENDING, IN_PROGRESS,
	// CANCEL_REQUESTED, CANCELED or COMPLETED. CANCEL_REQUESTED is not
	// final: the reader may still have taken the card.
	Reads:   []string{"Terminal.Checkouts.Get"},
	Success: []string{"COMPLETED"},
	Failure: []string{"CANCELED"},
	Pending: []string{"PENDING", "IN_PROGRESS", "CANCEL_REQUESTED"},
}}
