package payment

// gocardlessSDK is github.com/gocardless/gocardless-pro-go (checked:
// v2.1.1, module github.com/gocardless/gocardless-pro-go/v2, package
// gocardless). Services are interface fields of *gocardless.Service
// (client.Payments.Create(ctx, params, opts...)), implemented by
// *XxxServiceImpl. Every write takes variadic RequestOptions; a key is
// attached with WithIdempotencyKey(k) (or a WithHeaders map). A write
// sent without one gets NewIdempotencyKey() inside the SDK on every
// call, so an application retry without a key is a new payment each
// time (the stripe-go trap). The SDK retries a call itself (3 tries by
// default) with the same key: a single call is safe.
var gocardlessSDK = &provider{
	SDK:     "gocardless-pro-go",
	Label:   "gocardless",
	Pkgs:    modules{"github.com/gocardless/gocardless-pro-go"},
	Attach:  attachOption,
	AutoKey: true,
	Fix:     "pass gocardless.WithIdempotencyKey(key) with a key made once before retrying",
	Funcs: []providerFunc{
		gcFunc("Payment", "Create", Write|Create, -1, 2),
		gcFunc("Payment", "Retry", Write, 1, 3),
		gcFunc("Payment", "Get", StatusRead, 1, -1),
		// A refund is a write but not a new payment of the buyer.
		gcFunc("Refund", "Create", Write, -1, 2),
		gcFunc("Refund", "Get", StatusRead, 1, -1),
	},
}

// gcFunc describes a method of a GoCardless service, declared both on
// the interface (XxxService) and on its implementation (XxxServiceImpl).
func gcFunc(res, name string, k Kind, id, key int) providerFunc {
	return providerFunc{
		Pkg:  "github.com/gocardless/gocardless-pro-go/v2",
		Recv: res + "Service|" + res + "ServiceImpl",
		Name: name, Desc: res + "s." + name, Kind: k, IDArg: id, KeyArg: key,
	}
}

// gocardlessStatuses: a payment's and a refund's Status (plain strings in
// v2.1.1; the values are the API's). A payment is collected once
// confirmed and paid out after; charged_back reverses it.
var gocardlessStatuses = []statusSet{{
	Reads:   []string{"Payments.Get"},
	Success: []string{"confirmed", "paid_out"},
	Failure: []string{"failed", "cancelled", "customer_approval_denied", "charged_back"},
	Pending: []string{"pending_customer_approval", "pending_submission", "submitted"},
}, {
	Reads:   []string{"Refunds.Get"},
	Success: []string{"paid"},
	Failure: []string{"cancelled", "bounced", "funds_returned"},
	Pending: []string{"created", "pending_submission", "submitted"},
}}
