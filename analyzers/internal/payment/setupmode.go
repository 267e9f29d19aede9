package payment

import (
	"go/ast"
	"go/constant"
)

// ---- a Checkout Session in setup mode --------------------------------------
//
// A Checkout Session in "setup" mode collects a card for later use: the
// customer completes no payment and an unused session just expires. Made
// twice (a webhook delivered twice, a retried create), it charges nothing
// twice, so it is a create (something a buyer opens) but no payment
// write. Real code does this when a trial ends: the
// customer.subscription.trial_will_end handler opens a setup session to
// collect a card. Payment and subscription sessions stay writes.

// setupMode: params, the session's params argument, is a composite
// literal (or the address of one) whose Mode field is the constant
// "setup" (stripe.CheckoutSessionModeSetup, "setup", through
// stripe.String(string(…))).
func (b *builder) setupMode(params ast.Expr) bool {
	if u, ok := ast.Unparen(params).(*ast.UnaryExpr); ok {
		params = u.X
	}
	lit, ok := ast.Unparen(params).(*ast.CompositeLit)
	if !ok {
		return false
	}
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Mode" {
			return b.holdsString(kv.Value, "setup")
		}
	}
	return false
}

// holdsString: e is the constant s, or a call or conversion of one
// (stripe.String(string(stripe.CheckoutSessionModeSetup))).
func (b *builder) holdsString(e ast.Expr, s string) bool {
	for range 4 {
		e = ast.Unparen(e)
		if tv, ok := b.pass.TypesInfo.Types[e]; ok && tv.Value != nil {
			return tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == s
		}
		c, ok := e.(*ast.CallExpr)
		if !ok || len(c.Args) != 1 {
			return false
		}
		e = c.Args[0]
	}
	return false
}
