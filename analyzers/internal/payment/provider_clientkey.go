package payment

import "go/types"

// clientKeySetter is a method that sets an idempotency key on a client's
// options, kept for every later call of the client: Midtrans's
// (*midtrans.ConfigOptions).SetPaymentIdempotencyKey, called as
// c.Options.SetPaymentIdempotencyKey(k).
type clientKeySetter struct {
	Pkg, Recv, Name string
	// Field is the client's field holding the options ("Options").
	Field string
}

// ClientKeySetter reports whether fn sets a client-wide idempotency key,
// with the SDK it belongs to (as SDKAdvice.SDK) and the client field the
// options are reached through.
func ClientKeySetter(fn *types.Func) (sdk, field string, ok bool) {
	if fn == nil || fn.Pkg() == nil {
		return "", "", false
	}
	for _, p := range providers {
		k := p.ClientKey
		if k != nil && k.Name == fn.Name() && k.Recv == recvTypeName(fn) && samePkg(k.Pkg, fn.Pkg().Path()) {
			return p.SDK, k.Field, true
		}
	}
	return "", "", false
}
