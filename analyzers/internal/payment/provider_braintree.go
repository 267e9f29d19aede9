package payment

// braintreeSDK is github.com/braintree-go/braintree-go (checked:
// v0.22.0). Calls go through gateways: bt.Transaction().Create(ctx, req),
// SubmitForSettlement(ctx, id), Refund(ctx, id), Find(ctx, id). Neither
// the SDK nor these calls have an idempotency key, and the SDK does not
// retry. A retried write is safe only when the retry first reads the
// transaction's current state and replays only if the last attempt did
// not go through (the Hilt guide's recovery pattern). Void releases an
// authorization (a deposit hold): voiding twice cannot move money twice,
// so it needs no key, but a loop that voids again at once still hammers
// the gateway (a Release, judged by the retry rules only, as Stripe's
// PaymentIntent Cancel).
var braintreeSDK = &provider{
	SDK:    "braintree-go",
	Label:  "braintree",
	Pkgs:   modules{"github.com/braintree-go/braintree-go"},
	Attach: attachNone,
	NoKey:  true,
	Funcs: []providerFunc{
		braintreeFunc("Create", Write|Create, -1),
		braintreeFunc("SubmitForSettlement", Write, 1),
		// A refund is a write but not a new payment of the buyer.
		braintreeFunc("Refund", Write, 1),
		braintreeFunc("Find", StatusRead, 1),
		braintreeFunc("Void", Release, 1),
	},
}

func braintreeFunc(name string, k Kind, id int) providerFunc {
	return providerFunc{
		Pkg:  "github.com/braintree-go/braintree-go",
		Recv: "TransactionGateway", Name: name, Desc: "Transaction." + name, Kind: k,
		IDArg: id, KeyArg: -1,
	}
}

// braintreeStatuses: the TransactionStatus constants of v0.22.0. An
// authorized transaction is not settled until submitted for settlement;
// settlement_declined is a failure, whatever its "settl" says.
var braintreeStatuses = []statusSet{{
	Reads:   []string{"Transaction.Find"},
	Success: []string{"submitted_for_settlement", "settling", "settled", "settlement_confirmed"},
	Failure: []string{"authorization_expired", "gateway_rejected", "failed", "processor_declined", "settlement_declined", "voided"},
	Pending: []string{"authorizing", "authorized", "settlement_pending"},
}}
