package poll

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// onePayment reports whether a status read names one payment: it has an
// id, or its URL path does not end at a collection ("/v1/payments/{}",
// "/v1/payments/pay_123/status"). A GET of a collection
// ("/v1/payments?status=pending") lists payments: a loop over it is a
// reconciler, not a poll of one payment.
func onePayment(op *payment.Op) bool {
	if op.ID != nil || op.Path == "" {
		return true
	}
	path, _, _ := strings.Cut(op.Path, "?")
	segs := strings.FieldsFunc(path, func(r rune) bool { return r == '/' })
	if len(segs) == 0 {
		return false
	}
	last := strings.ToLower(segs[len(segs)-1])
	return strings.Contains(last, "{}") || !collections[last]
}

// collections are path segments that name a collection of payments.
var collections = map[string]bool{
	"payments": true, "charges": true, "payment_intents": true, "paymentintents": true,
	"sessions": true, "orders": true, "invoices": true, "refunds": true, "payouts": true,
	"transfers": true, "settlements": true, "captures": true, "transactions": true,
	"checkouts": true, "search": true, "list": true, "pending": true,
}

// sameEachRound reports whether op reads the same payment every round.
func (f *finder) sameEachRound(op *payment.Op, l *Loop) bool {
	if !onePayment(op) {
		return false
	}
	var exprs []ast.Expr
	if op.ID != nil {
		exprs = append(exprs, op.ID)
	} else {
		exprs = append(exprs, op.Call.Args...)
		if sel, ok := unparen(op.Call.Fun).(*ast.SelectorExpr); ok {
			exprs = append(exprs, sel.X)
		}
	}
	for _, e := range exprs {
		if !f.invariant(e, l, 0) {
			return false
		}
	}
	return true
}

// invariant reports whether e has the same value every round of l.
func (f *finder) invariant(e ast.Expr, l *Loop, depth int) bool {
	if depth > 5 {
		return false
	}
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if f.recreate(n, l, depth) {
				return false // the payment the loop stands for
			}
			if !f.pureCall(n) && !f.recomputes(n) { // sameid.go
				ok = false
			}
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				ok = false // a value received from a channel: a new one each round
			}
		case *ast.SelectorExpr:
			if sel := f.info.Selections[n]; sel != nil && sel.Kind() == types.FieldVal {
				ast.Inspect(n.X, func(m ast.Node) bool {
					switch m := m.(type) {
					case *ast.Ident:
						if v := f.varOf(m); v != nil && !f.varInvariant(v, l, depth) {
							ok = false
						}
					case *ast.CallExpr:
						// it.PaymentIntent().ID: the field of what a call
						// returns now (an iterator's current element).
						if !f.recreate(m, l, depth) && !f.pureCall(m) {
							ok = false
						}
					case *ast.UnaryExpr:
						if m.Op == token.ARROW {
							ok = false
						}
					}
					return ok
				})
				return false
			}
		case *ast.Ident:
			if v := f.varOf(n); v != nil && !f.varInvariant(v, l, depth) {
				ok = false
			}
		}
		return true
	})
	return ok
}

func (f *finder) varInvariant(v *types.Var, l *Loop, depth int) bool {
	for _, a := range f.assigns[v] {
		if l.Contains(a) && !f.assignFromCreate(a) && !f.sameAgain(a, v, l, depth) && !f.iDForCreate(a, v, l) && !f.readBackAssign(a, v, l) { // sameid.go, idforcreate.go, readback.go
			return false
		}
	}
	if l.Kind == Recursion {
		return f.recursionInvariant(v, l, depth)
	}
	def := f.defs[v]
	if def != nil && f.parent[def] == l.Node {
		return false // the loop's own range variable
	}
	if def == nil || !l.Contains(def) {
		return true // declared before the loop and not assigned in it
	}
	rhs, ok := f.defValue(def)
	if !ok {
		return false // a range variable, a type switch…
	}
	if rhs == nil {
		return true // var x T: zero value each round
	}
	if call, isCall := unparen(rhs).(*ast.CallExpr); isCall && f.recreate(call, l, depth) {
		return true // the payment just created stands for the polled one
	}
	return f.invariant(rhs, l, depth+1)
}

// recreate reports whether call creates a payment from the same arguments
// every round: the loop keeps recreating "the" payment it polls (a batch
// that creates one payment per order is not that).
func (f *finder) recreate(call *ast.CallExpr, l *Loop, depth int) bool {
	op := f.ops[call]
	if op == nil || !op.Kind.Has(payment.Create) {
		return false
	}
	for _, a := range call.Args {
		if !f.invariant(a, l, depth+1) {
			return false
		}
	}
	return true
}

// defValue returns the expression a defined variable is initialised from
// (nil for `var x T`); ok is false if it is not a plain definition.
func (f *finder) defValue(def *ast.Ident) (ast.Expr, bool) {
	switch p := f.parent[def].(type) {
	case *ast.AssignStmt:
		if p.Tok != token.DEFINE {
			return nil, false
		}
		for i, l := range p.Lhs {
			if l == def {
				if len(p.Rhs) == len(p.Lhs) {
					return p.Rhs[i], true
				}
				if len(p.Rhs) == 1 {
					return p.Rhs[0], true
				}
			}
		}
	case *ast.ValueSpec:
		for i, n := range p.Names {
			if n == def {
				if len(p.Values) == 0 {
					return nil, true
				}
				if len(p.Values) == len(p.Names) {
					return p.Values[i], true
				}
				return p.Values[0], true
			}
		}
	}
	return nil, false
}

// assignFromCreate: an assignment whose value comes from a payment
// creation (`id = np.ID` after `np := create()`): the loop polls "the"
// payment; creating it anew is pollcreate's business.
func (f *finder) assignFromCreate(n ast.Node) bool {
	if u, ok := n.(*ast.UnaryExpr); ok && u.Op == token.AND {
		// &co handed to the creation, which decodes the new payment
		// into it (c.send(ctx, "POST", path, body, &co)): as co = create().
		call, _ := f.parent[u].(*ast.CallExpr)
		if op := f.ops[call]; call != nil && op != nil && op.Kind.Has(payment.Create) {
			for _, a := range call.Args {
				if a == u {
					return true
				}
			}
		}
		return false
	}
	as, ok := n.(*ast.AssignStmt)
	if !ok {
		return false
	}
	found := false
	for _, r := range as.Rhs {
		ast.Inspect(r, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.CallExpr:
				if op := f.ops[m]; op != nil && op.Kind.Has(payment.Create) {
					found = true
				}
			case *ast.Ident:
				if v := f.varOf(m); v != nil {
					if def := f.defs[v]; def != nil {
						if rhs, ok := f.defValue(def); ok && rhs != nil {
							if c, isCall := unparen(rhs).(*ast.CallExpr); isCall {
								if op := f.ops[c]; op != nil && op.Kind.Has(payment.Create) {
									found = true
								}
							}
						}
					}
				}
			}
			return !found
		})
	}
	return found
}

// purePkgs are packages whose functions compute a value from their
// arguments (a request for the same URL is the same request).
var purePkgs = map[string]bool{
	"fmt": true, "strings": true, "strconv": true, "net/url": true, "path": true,
	"bytes": true, "errors": true, "encoding/json": true, "unicode/utf8": true,
}

// pureCall reports whether call yields the same value for the same
// arguments: conversions, builtins such as len, and functions of purePkgs,
// http.NewRequest*, (*http.Request).WithContext.
func (f *finder) pureCall(call *ast.CallExpr) bool {
	if tv, ok := f.info.Types[call.Fun]; ok && tv.IsType() {
		return true
	}
	obj := typeutil.Callee(f.info, call)
	switch obj := obj.(type) {
	case *types.Builtin:
		return obj.Name() == "len" || obj.Name() == "min" || obj.Name() == "max"
	case *types.Func:
		if obj.Pkg() == nil {
			return false
		}
		path := obj.Pkg().Path()
		if purePkgs[path] {
			return true
		}
		if path == "net/http" {
			switch obj.Name() {
			case "NewRequest", "NewRequestWithContext", "WithContext", "Clone":
				return true
			}
		}
		if path == "context" && (obj.Name() == "Background" || obj.Name() == "TODO") {
			return true
		}
		if chainPure(obj) { // chainmined.go
			return true
		}
		if strings.HasPrefix(path, "github.com/stripe/stripe-go") {
			switch obj.Name() {
			case "String", "Int64", "Bool":
				return true
			}
		}
	}
	return false
}
