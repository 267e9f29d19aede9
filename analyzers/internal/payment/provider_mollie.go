package payment

// mollieSDK is the official Mollie SDK, github.com/mollie/mollie-api-golang
// (package client; checked: v1.3.21, read from the repository at that
// tag because the module proxy does not serve it). Writes take the key
// as an argument of their own, idempotencyKey *string:
//
//	s.Payments.Create(ctx, nil, client.String(key), &components.PaymentRequest{...})
//
// When it is nil, a request hook of the SDK sets a new random
// Idempotency-Key on every call, so an application retry without a key
// is a new payment each time (the stripe-go trap). The SDK's own retries
// (429, 5xx) re-send the same request, key included: a single call is
// safe. The community SDK (github.com/VictorAvelar/mollie-api-go) is a
// different module and is not described here.
var mollieSDK = &provider{
	SDK:     "mollie-api-golang",
	Label:   "mollie",
	Pkgs:    modules{"github.com/mollie/mollie-api-golang"},
	Attach:  attachArg,
	KeyName: "idempotencyKey",
	AutoKey: true,
	Fix:     "pass an idempotencyKey made once before retrying",
	Funcs: []providerFunc{
		mollieFunc("Payments", "Create", Write|Create, -1, "", 2),
		mollieFunc("Payments", "Get", StatusRead, -1, "PaymentID", 1),
		// A refund is a write but not a new payment of the buyer.
		mollieFunc("Refunds", "Create", Write, 1, "", 2),
		mollieFunc("Captures", "Create", Write, 1, "", 2),
	},
	// webhooks.Validate(payload, secrets, signatures...) answers
	// (false, nil) when no signature was sent: ok is the verdict.
	Verifiers: []providerVerifier{
		mollieVerifier("", "Validate", "webhooks.Validate"),
		mollieVerifier("SignatureValidator", "ValidatePayload", "SignatureValidator.ValidatePayload"),
	},
}

func mollieFunc(recv, name string, k Kind, id int, idField string, key int) providerFunc {
	return providerFunc{
		Pkg:  "github.com/mollie/mollie-api-golang",
		Recv: recv, Name: name, Desc: recv + "." + name, Kind: k,
		IDArg: id, IDField: idField, KeyArg: key,
	}
}

func mollieVerifier(recv, name, desc string) providerVerifier {
	return providerVerifier{
		Pkg:  "github.com/mollie/mollie-api-golang/utils/webhooks",
		Recv: recv, Name: name, Desc: desc, Verdict: 0,
		Why: "which answers (false, nil) when no signature is sent",
		Fix: "check its bool result too (ok must be true)",
	}
}

// mollieStatuses: a payment's status, the same for the official SDK
// (components.PaymentResponseStatus) and the community one (a string in
// v4.16.0). "authorized" waits for a capture; "open" for the buyer.
var mollieStatuses = []statusSet{{
	Reads:   []string{"Payments.Get"},
	Success: []string{"paid"},
	Failure: []string{"failed", "canceled", "expired"},
	Pending: []string{"open", "pending", "authorized"},
}}
