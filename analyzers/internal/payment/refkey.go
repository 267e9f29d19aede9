package payment

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/funcs"
)

// A body field named "reference" (realkeys.go) is taken as the
// provider's dedupe key because Paystack and Flutterwave refuse a second
// transaction with the same one; Adyen's, Checkout.com's or GoCardless's
// reference is free text. A provider whose writes carry an
// Idempotency-Key header dedupes by that header; its "reference" is the
// merchant's note on the payment:
//
//	func (f *Flowpay) CreateCharge(…) { f.rc.R().SetBody(map[string]any{"reference": id, …}).Post("/v1/charges") }
//	func (f *Flowpay) Refund(…)       { req.Header.Set("Idempotency-Key", "refund-"+id); f.hc.Do(req) }
//
// The methods of one client type speak to one API: when another method
// of the sending function's receiver type sets an idempotency header on
// a request, that API keys by header, and a reference field in this
// body is no key. Only the bare "reference": the provider-specific
// names (Wise's customerTransactionId, tx_ref, out_trade_no) say which
// API dedupes on them, header or not. A function with no receiver, or a
// receiver type whose methods set no such header, keeps the reference
// field as before.

// headerKeyedRef returns k, or nil when k is only a reference field of a
// body sent by a method of a client type that keys its other requests
// with an idempotency header.
func (b *builder) headerKeyedRef(k *Key, decl *ast.FuncDecl) *Key {
	if k == nil || decl == nil || decl.Recv == nil || !strings.EqualFold(k.Name, "reference") {
		return k
	}
	fn, _ := b.ix.info.Defs[decl.Name].(*types.Func)
	if fn == nil {
		return k
	}
	recv := recvNamedType(fn)
	if recv == nil {
		return k
	}
	for _, d := range funcs.Of(b.pass).Bodies() {
		if md := d.Syntax; md != decl && md.Recv != nil && recvNamedType(d.Func) == recv && b.setsIdempotencyHeader(md.Body) {
			return nil
		}
	}
	return k
}

// setsIdempotencyHeader: body sets a request header named for
// idempotency (req.Header.Set("Idempotency-Key", k), resty's
// SetHeader("Idempotency-Key", k), Header.Add) to a value.
func (b *builder) setsIdempotencyHeader(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		c, ok := n.(*ast.CallExpr)
		if !ok || found || len(c.Args) != 2 {
			return !found
		}
		sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		switch sel.Sel.Name {
		case "Set", "Add":
			if !isNamed(b.ix.info.TypeOf(sel.X), "net/http", "Header") {
				return true
			}
		case "SetHeader":
			if fn := calleeOf(b.ix.info, c); fn == nil || funcPath(fn) != restyPath {
				return true
			}
		default:
			return true
		}
		if name, ok := b.ix.stringConst(c.Args[0]); ok && namesIdempotency(name) {
			found = true
		}
		return !found
	})
	return found
}
