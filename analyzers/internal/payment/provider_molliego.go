package payment

import (
	"go/ast"
	"go/constant"
	"go/types"
)

// mollieGoSDK is the community Mollie SDK,
// github.com/VictorAvelar/mollie-api-go (checked: v4.16.0, package
// mollie). A write takes no key of the caller's: when the client's
// Config enables idempotency (NewAPIConfig(true), NewOrgConfig(true), …,
// or Config.ToggleIdempotency()), every POST gets a new key from the
// client's generator (a new UUID), otherwise none. Either way an
// application retry is a new payment each time; with idempotency enabled
// it is the stripe-go trap (AutoKey, decided per client in mollieGoOp).
// A client given a generator of its own (SetIdempotencyKeyGenerator, say
// idempotency.NewNopGenerator(key)) sends that key: paylint cannot tell
// which, and stays silent. The SDK does not retry.
var mollieGoPkgs = modules{"github.com/VictorAvelar/mollie-api-go"}

var mollieGoSDK = &provider{
	SDK:   "VictorAvelar/mollie-api-go",
	Label: "mollie-go",
	Pkgs:  mollieGoPkgs,
	NoKey: true,
	Fix:   "it takes no key per call: read the payment's current state before replaying, or give a client used for this payment alone a fixed key (SetIdempotencyKeyGenerator(idempotency.NewNopGenerator(key)))",
	Funcs: []providerFunc{
		mollieGoFunc("PaymentsService", "Create", "Payments.Create", Write|Create, -1),
		mollieGoFunc("PaymentsService", "Get", "Payments.Get", StatusRead, 1),
		// A refund or capture is a write but not a new payment of the buyer.
		mollieGoFunc("RefundsService", "CreatePaymentRefund", "Refunds.CreatePaymentRefund", Write, 1),
		mollieGoFunc("CapturesService", "Create", "Captures.Create", Write, 1),
	},
	clientOp: mollieGoOp,
}

func mollieGoFunc(recv, name, desc string, k Kind, id int) providerFunc {
	return providerFunc{
		Pkg:  "github.com/VictorAvelar/mollie-api-go/v4/mollie",
		Recv: recv, Name: name, Desc: desc, Kind: k, IDArg: id, KeyArg: -1,
	}
}

// mollieGoOp completes a write through client.Payments.Create(...): a
// key of unknown value when the client is given a generator of its own,
// AutoKey when the client is visibly made with idempotency enabled.
func mollieGoOp(b *builder, op *Op, call *ast.CallExpr) {
	if !op.Kind.Has(Write) {
		return
	}
	client := serviceClient(call)
	v := b.ix.rootVar(client)
	if client == nil || v == nil {
		return
	}
	if b.calledOn(v, "SetIdempotencyKeyGenerator") {
		op.Key = &Key{Name: "SetIdempotencyKeyGenerator", At: client, Param: -1}
		return
	}
	op.AutoKey = b.mollieGoIdempotent(client)
}

// serviceClient: c in c.Payments.Create(...).
func serviceClient(call *ast.CallExpr) ast.Expr {
	sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	svc, ok := unparen(sel.X).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	return svc.X
}

// calledOn: a method name is called on v (v.name(...)) somewhere in the
// package.
func (b *builder) calledOn(v *types.Var, name string) bool {
	found := false
	for _, f := range b.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || found {
				return !found
			}
			if sel, ok := unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == name {
				if r := b.ix.rootVar(sel.X); r != nil && r == v {
					found = true
				}
			}
			return true
		})
	}
	return found
}

// mollieGoIdempotent: the client variable is assigned from
// mollie.NewClient(h, conf) where conf is made with idempotency enabled
// (NewAPIConfig(true), …), or made without it and toggled once.
func (b *builder) mollieGoIdempotent(client ast.Expr) bool {
	id, ok := unparen(client).(*ast.Ident)
	if !ok {
		return false
	}
	cv := b.ix.identVar(id)
	if cv == nil {
		return false
	}
	for _, a := range b.ix.assigns[cv] {
		call, ok := unparen(a.RHS).(*ast.CallExpr)
		if !ok || len(call.Args) != 2 {
			continue
		}
		if fn := calleeOf(b.ix.info, call); fn == nil || fn.Name() != "NewClient" || !mollieGoPkgs.MatchString(funcPath(fn)) {
			continue
		}
		return b.configIdempotent(call.Args[1])
	}
	return false
}

// configIdempotent: a Config made with reqIdem true (and not toggled),
// or made without it and toggled.
func (b *builder) configIdempotent(e ast.Expr) bool {
	made, toggled := b.configMade(e), false
	if id, ok := unparen(e).(*ast.Ident); ok {
		if v := b.ix.identVar(id); v != nil {
			toggled = b.calledOn(v, "ToggleIdempotency")
			for _, a := range b.ix.assigns[v] {
				made = made || b.configMade(a.RHS)
			}
		}
	}
	return made != toggled
}

// configMade: NewAPIConfig(true), NewOrgConfig(true), … with a constant true.
func (b *builder) configMade(e ast.Expr) bool {
	call, ok := unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	fn := calleeOf(b.ix.info, call)
	if fn == nil || !mollieGoPkgs.MatchString(funcPath(fn)) {
		return false
	}
	tv, ok := b.ix.info.Types[call.Args[0]]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value)
}
