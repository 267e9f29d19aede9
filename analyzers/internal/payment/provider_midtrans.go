package payment

// midtransSDK is github.com/midtrans/midtrans-go (checked: v1.3.8). Core
// API calls exist as methods of coreapi.Client and as package-level
// functions on a default client. Midtrans refuses a second charge with a
// transaction_details.order_id it has seen, so a retried charge with the
// same order id is not a second payment: the order id plays the key, and
// one made anew per attempt is a new payment each time. A refund's key
// is its RefundKey. A client-wide key set with
// c.Options.SetPaymentIdempotencyKey(k) is sent as Idempotency-Key with
// every later call of that client (its Options are a pointer shared by
// copies of the client): set once and used for several orders, one key
// covers different payments (the idempotency rule reports it). The SDK
// adds no key of its own and does not retry.
var midtransSDK = &provider{
	SDK:    "midtrans-go",
	Label:  "midtrans",
	Pkgs:   modules{"github.com/midtrans/midtrans-go"},
	Attach: attachPath,
	Fix:    "keep one transaction_details.order_id (for a refund, one refund_key) for every attempt, made once before retrying: Midtrans refuses a second charge with the same order id",
	ClientKey: &clientKeySetter{Pkg: "github.com/midtrans/midtrans-go", Recv: "ConfigOptions",
		Name: "SetPaymentIdempotencyKey", Field: "Options"},
	Funcs: midtransFuncs(
		providerFunc{Name: "ChargeTransaction", Kind: Write | Create, IDArg: -1, KeyArg: 0,
			KeyPath: []string{"TransactionDetails", "OrderID"}},
		providerFunc{Name: "RefundTransaction", Kind: Write, IDArg: 0, KeyArg: 1,
			KeyPath: []string{"RefundKey"}},
		providerFunc{Name: "CheckTransaction", Kind: StatusRead, IDArg: 0, KeyArg: -1},
	),
}

// midtransFuncs: each function both as a coreapi.Client method and as
// the package-level function of the default client.
func midtransFuncs(fs ...providerFunc) []providerFunc {
	return funcAndClient("github.com/midtrans/midtrans-go/coreapi", "coreapi", fs...)
}

// funcAndClient: each function of pkg both as the package-level function
// of a default client ("base.Name") and as the method of its Client
// type ("Client.Name").
func funcAndClient(pkg, base string, fs ...providerFunc) []providerFunc {
	var out []providerFunc
	for _, f := range fs {
		f.Pkg = pkg
		f.Desc = base + "." + f.Name
		out = append(out, f)
		f.Recv = "Client"
		f.Desc = "Client." + f.Name
		out = append(out, f)
	}
	return out
}

// midtransStatuses: TransactionStatus of a status check (a string in
// v1.3.8; its example handler's values). "deny" is not final: the SDK's
// example notes it mostly allows a retry that can still succeed.
// "capture" is paid only with FraudStatus "accept" (midtransPaidWith).
var midtransStatuses = []statusSet{{
	Reads:   []string{"coreapi.CheckTransaction", "Client.CheckTransaction"},
	Success: []string{"settlement"},
	Failure: []string{"cancel", "expire", "failure"},
	Pending: []string{"pending", "authorize", "deny"},
}}

// midtransPaidWith: a card payment's "capture" is paid when the fraud
// detection's verdict, FraudStatus of the same status answer, is
// "accept" (Midtrans's notification handling guide: capture with
// fraud_status accept is success, challenge waits for a review); the
// settlement that follows is paid by itself.
var midtransPaidWith = []PaidWith{{Status: "capture", Field: "FraudStatus", Value: "accept"}}
