package payment

import "go/types"

// paddleSDK is Paddle Billing's Go SDK, github.com/PaddleHQ/paddle-go-sdk
// (package paddle; checked: v3.1.0 in the module cache). *paddle.SDK
// embeds one client per resource, so sdk.CancelSubscription(ctx, req) is
// (*SubscriptionsClient).CancelSubscription; every call takes
// (ctx, *XxxRequest) and the resource's id is a field of the request.
// Paddle Billing takes no idempotency key and the SDK sends none: a
// replayed write is safe only after reading the resource's state.
//
//   - CreateSubscriptionCharge bills a one-time charge to the
//     subscription's saved method (at once with EffectiveFromImmediately):
//     a payment write.
//   - CreateAdjustment refunds or credits a completed transaction: a write,
//     not a new payment of the buyer.
//   - CreateTransaction opens a transaction a customer pays at checkout
//     (or an invoice): something payable, no money moved by itself.
//   - CancelSubscription stops future billing: a repeat charges nobody (a
//     Release, as Stripe's PaymentIntent cancel), but it is a call to the
//     provider all the same.
//   - GetTransaction reads a transaction's status.
var paddleSDK = &provider{
	SDK:    "paddle-go-sdk",
	Label:  "paddle",
	Pkgs:   modules{"github.com/PaddleHQ/paddle-go-sdk"},
	Attach: attachNone,
	NoKey:  true,
	Funcs: []providerFunc{
		paddleFunc("SubscriptionsClient", "CreateSubscriptionCharge", Write, "SubscriptionID"),
		paddleFunc("AdjustmentsClient", "CreateAdjustment", Write, "TransactionID"),
		paddleFunc("TransactionsClient", "CreateTransaction", Create, ""),
		paddleFunc("SubscriptionsClient", "CancelSubscription", Release, "SubscriptionID"),
		paddleFunc("TransactionsClient", "GetTransaction", StatusRead, "TransactionID"),
	},
	// (*WebhookVerifier).Verify(r) answers (false, nil) when the
	// Paddle-Signature does not match the body: ok is the verdict, as for
	// official Mollie's webhooks.Validate. Middleware(next) runs Verify
	// and calls next only when it passed (paddlemw.go in handler).
	Verifiers: []providerVerifier{{
		Pkg: "github.com/PaddleHQ/paddle-go-sdk/v3", Recv: "WebhookVerifier", Name: "Verify",
		Desc: "WebhookVerifier.Verify", Verdict: 0,
		Why: "which answers (false, nil) when the signature does not match",
		Fix: "check its bool result too (ok must be true)",
	}},
}

func paddleFunc(recv, name string, k Kind, idField string) providerFunc {
	return providerFunc{
		Pkg:  "github.com/PaddleHQ/paddle-go-sdk/v3",
		Recv: recv, Name: name, Desc: recv[:len(recv)-len("Client")] + "." + name, Kind: k,
		IDArg: -1, IDField: idField, KeyArg: 1,
	}
}

// paddleStatuses: a transaction's TransactionStatus (v3.1.0). "paid" is
// captured, "completed" processed as well; "past_due" is a failed
// collection that Paddle's dunning may still retry, so not terminal.
var paddleStatuses = []statusSet{{
	Reads:   []string{"Transactions.GetTransaction"},
	Success: []string{"paid", "completed"},
	Failure: []string{"canceled"},
	Pending: []string{"draft", "ready", "billed", "past_due"},
}}

// verifyingMiddlewares are SDK functions that wrap an http.Handler in a
// signature check: the returned handler writes an error and does not call
// the one handed in when the check fails. Paddle's
// (*WebhookVerifier).Middleware(next) answers 400 (no or malformed
// Paddle-Signature), 500 or 403 (no match) and calls next only after
// Verify passed. Served as is, the wrapped handler is verified; wrapped
// around a framework's own chain (gin's c.Next inside next), the chain
// goes on unless the caller stops it.
var verifyingMiddlewares = []providerVerifier{
	{Pkg: "github.com/PaddleHQ/paddle-go-sdk/v3", Recv: "WebhookVerifier", Name: "Middleware", Desc: "paddle WebhookVerifier.Middleware"},
}

// VerifyingMiddleware returns how users name fn when it is an SDK's
// verifying middleware (verifyingMiddlewares), "" if it is not.
func VerifyingMiddleware(fn *types.Func) string {
	if fn == nil || fn.Pkg() == nil {
		return ""
	}
	for _, v := range verifyingMiddlewares {
		if v.Name == fn.Name() && v.Recv == recvTypeName(fn) && samePkg(v.Pkg, fn.Pkg().Path()) {
			return v.Desc
		}
	}
	return ""
}
