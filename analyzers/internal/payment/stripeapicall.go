package payment

import (
	"go/types"
	"strings"
)

// ---- stripe-go: every call handed a request's parameters is a request ------------
//
// The resource tables (sdktable.go, stripesub.go) list what moves money or
// reads a payment's state; the rest of stripe-go's API is requests to
// Stripe all the same. Every API call of stripe-go (checked: v72, v82.5.1,
// v85.2.0) is handed its request's parameters as a pointer to a struct of
// the root package embedding stripe.Params (subscription.Update(id,
// *stripe.SubscriptionParams), customer.New, the Client's methods, the
// stripe.Client services' V1Subscriptions.Update(ctx, id,
// *stripe.SubscriptionUpdateParams)); nothing local is (stripe.String,
// client.New, webhook.ConstructEvent take none). A subscription's metadata
// updated from a webhook is no payment write, but it is a round trip to
// Stripe the webhook waits on before it answers.

// StripeRequest describes fn ("stripe subscription.Update") when it is a
// stripe-go API call that changes something at Stripe: it is handed a
// request's parameters, and is no read (Get, Retrieve, List, Search).
func StripeRequest(fn *types.Func) (string, bool) {
	if fn == nil || fn.Pkg() == nil || !underModule(fn.Pkg().Path(), "github.com/stripe/stripe-go") {
		return "", false
	}
	switch {
	case fn.Name() == "Get", strings.HasPrefix(fn.Name(), "Retrieve"), strings.HasPrefix(fn.Name(), "List"),
		strings.HasPrefix(fn.Name(), "Search"):
		return "", false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return "", false
	}
	params := false
	for i := 0; i < sig.Params().Len(); i++ {
		params = params || requestParams(sig.Params().At(i).Type())
	}
	if !params {
		return "", false
	}
	name := fn.Pkg().Name() + "." + fn.Name()
	if n := recvNamedType(fn); n != nil && stripeRoot.MatchString(fn.Pkg().Path()) {
		name = n.Obj().Name() + "." + fn.Name() // a stripe.Client service's method
	}
	return "stripe " + name, true
}

// requestParams: t is a pointer to a struct of stripe-go's root package
// embedding its Params.
func requestParams(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || !stripeRoot.MatchString(n.Obj().Pkg().Path()) {
		return false
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if en, ok := types.Unalias(f.Type()).(*types.Named); ok && f.Embedded() && en.Obj().Name() == "Params" &&
			en.Obj().Pkg() == n.Obj().Pkg() {
			return true
		}
	}
	return false
}
