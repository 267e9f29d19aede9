package payment

// mercadopagoSDK is github.com/mercadopago/sdk-go (checked: v1.8.0 and
// v1.14.0). Clients are interfaces made per resource:
// payment.NewClient(cfg).Create(ctx, req). Every non-GET request gets a
// new random X-Idempotency-Key inside the SDK unless its context carries
// the caller's key: from v1.14.0, ctx = requestoptions.WithIdempotencyKey(ctx, k)
// (pkg/internal/httpclient sends it instead of a new UUID; v1.8.0 has no
// way to pass one). An application retry with no key is a new payment
// each time (the stripe-go trap); the remedy is a key made once and
// attached to the context before retrying, the SDK's own retries (3,
// same request and key), or reading the payment's state (by your
// external_reference) before replaying. Refunds are writes but not new
// payments of the buyer.
var mercadopagoSDK = &provider{
	SDK:     "mercadopago sdk-go",
	Label:   "mercadopago",
	Pkgs:    modules{"github.com/mercadopago/sdk-go"},
	Attach:  attachContext,
	AutoKey: true,
	NoKey:   true,
	Fix:     "attach a key made once before retrying with ctx = requestoptions.WithIdempotencyKey(ctx, key) (sdk-go v1.14.0 and later); on older versions rely on its own retries, or read the payment's current state (by your external_reference) before replaying",
	Funcs: []providerFunc{
		mpFunc("payment", "Create", Write|Create, -1),
		mpFunc("payment", "Capture", Write, 1),
		mpFunc("payment", "CaptureAmount", Write, 1),
		mpFunc("payment", "Get", StatusRead, 1),
		// A payment not yet approved set to "cancelled" (PUT
		// /v1/payments/{id}): it can no longer be paid, and nothing moves.
		mpFunc("payment", "Cancel", Release, 1),
		mpFunc("refund", "Create", Write, 1),
		mpFunc("refund", "CreatePartialRefund", Write, 1),
	},
	// pkg/webhook, added in v1.14.0.
	Verifiers: []providerVerifier{
		plainVerifier("github.com/mercadopago/sdk-go/pkg/webhook", "", "ValidateSignature", "webhook.ValidateSignature"),
	},
}

// mpFunc describes a method of a resource's Client interface (and of
// its unexported implementation). The key travels in the context
// (argument 0).
func mpFunc(pkg, name string, k Kind, id int) providerFunc {
	return providerFunc{
		Pkg:  "github.com/mercadopago/sdk-go/pkg/" + pkg,
		Recv: "Client|client", Name: name, Desc: pkg + "." + name, Kind: k,
		IDArg: id, KeyArg: 0,
	}
}

// mercadopagoStatuses: a payment's status (Response.Status, a plain
// string in v1.14.0; the values are the Payments API's). "approved" is
// paid; "authorized" is authorized and waits for a capture, "in_process"
// is under review and "in_mediation" is disputed: none is final.
var mercadopagoStatuses = []statusSet{{
	Reads:   []string{"payment.Get"},
	Success: []string{"approved"},
	Failure: []string{"rejected", "cancelled", "refunded", "charged_back"},
	Pending: []string{"pending", "authorized", "in_process", "in_mediation"},
}}
