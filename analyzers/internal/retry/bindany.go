package retry

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- the binding side for calls other models record ------------------------------
//
// The binder of port_bind.go resolves, in the package that builds a
// holder type, the concrete type each of its fields receives. Other
// models record calls through such fields for their own reasons (the
// poll model: a loop that would poll a payment if the method read one,
// poll/portpoll.go) and keep them in their own facts, which this
// package cannot import: BindCalls runs the same binder over them, with
// the caller's lookups in place of PortFact and PortImplFact.

// BindCalls lists the bindings in pass's package of the fields the calls
// of another package's types go through. calls returns a holder type's
// recorded calls (nil: none); impl the payment summary of a method
// bound to one, nil when it is not what the caller judges. Every
// binding is listed on its own, as for PortResult.Bound.
func BindCalls(pass *analysis.Pass, calls func(*types.TypeName) []PortCall, impl func(*types.Func) *payment.WrapperFact) []PortBound {
	b := &binder{pass: pass, facts: map[*types.TypeName]*PortFact{}, inits: map[*types.Var]ast.Expr{},
		out: &PortResult{}, seen: map[ast.Expr]map[string]bool{}, calls: calls, impl: impl}
	b.bindAll() // port_bind.go
	return b.out.Bound
}

// factOf is tn's PortFact: recorded by the caller of BindCalls, or
// imported; nil when it has no calls.
func (b *binder) factOf(tn *types.TypeName) *PortFact {
	if b.calls != nil {
		if cs := b.calls(tn); len(cs) > 0 {
			return &PortFact{Calls: cs}
		}
		return nil
	}
	f := new(PortFact)
	if !b.pass.ImportObjectFact(tn, f) || len(f.Calls) == 0 {
		return nil
	}
	return f
}

// implOf is the payment summary of fn bound to the field c goes
// through: the caller's lookup, or fn's PortImplFact (none when fn
// retries the write itself, unless c's retry is a later pass or makes
// the key it hands anew per attempt, outerkey.go).
func (b *binder) implOf(fn *types.Func, c PortCall) *payment.WrapperFact {
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == b.pass.Pkg {
		return nil
	}
	if b.impl != nil {
		return b.impl(fn)
	}
	f := new(PortImplFact)
	if g, ok := b.standInImpl(fn); ok { // ctorport.go: a constructor's unseen type
		f = g
	} else if !b.pass.ImportObjectFact(fn, f) {
		return nil
	}
	if f.RetriedInside && !c.Passes && !callerKeyAnew(f.W, c) && !(f.W.FreshKey && f.KeyOnceInside) {
		return nil
	}
	w := f.W
	return &w
}

// PortCallee: call is x.M(…) with M an interface method and x a field of
// recv (r.f) or a local assigned once from an element of one; it returns
// the field and the method, nil otherwise (see portCallee).
func PortCallee(info *types.Info, body *ast.BlockStmt, recv *types.Var, call *ast.CallExpr) (*types.Var, *types.Func) {
	return portCallee(info, body, recv, call)
}

// QualMethod names an interface method: "domain.Charger.Charge".
func QualMethod(fn *types.Func) string { return qualMethod(fn) }
