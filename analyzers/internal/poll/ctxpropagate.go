package poll

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a function that hands its own context on to such a poll -----------------
//
//	// package payouts
//	func (s *Sweeper) Run(ctx context.Context) error {
//		for _, b := range list {
//			_ = s.follow(ctx, b) // follow: a for-select on ctx.Done() polling b's intent
//		}
//	}
//
//	// package main
//	_ = sweeper.Run(context.Background())
//
// A function that hands its own context parameter, as it is (or with a
// value attached: context.WithValue), to a poll bounded only by its
// context is itself bounded only by that parameter as far as that poll
// goes: the one payment it follows is polled until the context its
// caller hands it ends. It carries the poll's CtxBoundFact on, naming
// the function it goes through (Via), to a fixed point within the
// package and across packages as a fact, so that the call handing the
// outermost function a context which never ends is judged like a call
// of the poll itself. A context the function makes on the way (a
// deadline, a cancel function), a parameter assigned again, and a
// context of a field stay unknown: the function carries nothing.

// propagateCtxBounds adds to local (and exports) the CtxBoundFacts of
// the package's functions that hand their context parameter on to a poll
// bounded only by it (a local one, or one of another package known by
// its fact).
func propagateCtxBounds(x *ctxIndex, local map[*types.Func]*CtxBoundFact) {
	pass := x.pass
	type pending struct {
		d    funcs.Decl
		fact *CtxBoundFact
	}
	decls := funcs.Of(pass).NonTestBodies()
	for round := 0; round < 8; round++ {
		var found []pending
		for _, d := range decls {
			if local[d.Func] != nil {
				continue
			}
			if f := x.handsCtxOn(d, local); f != nil {
				found = append(found, pending{d, f})
			}
		}
		if len(found) == 0 {
			return
		}
		for _, p := range found {
			local[p.d.Func] = p.fact
			pass.ExportObjectFact(p.d.Func, p.fact)
		}
	}
}

// handsCtxOn returns the fact d carries when one of its calls (in its
// body or a function literal of it) hands its context parameter on to a
// poll bounded only by its context; nil otherwise.
func (x *ctxIndex) handsCtxOn(d funcs.Decl, local map[*types.Func]*CtxBoundFact) *CtxBoundFact {
	sig, _ := d.Func.Type().(*types.Signature)
	if sig == nil {
		return nil
	}
	var out *CtxBoundFact
	ast.Inspect(d.Syntax.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || out != nil {
			return out == nil
		}
		fn, fact := x.ctxBoundOf(call, local)
		if fact == nil || fact.CtxParam >= len(call.Args) || call.Ellipsis.IsValid() {
			return true
		}
		i := x.ownCtxParam(call.Args[fact.CtxParam], sig, 0)
		if i < 0 {
			return true
		}
		via := payment.HelperName(fn)
		if fact.Via != "" {
			via += " and " + fact.Via
		}
		out = &CtxBoundFact{CtxParam: i, Payment: fact.Payment, At: fact.At, Via: via}
		return false
	})
	return out
}

// ctxBoundOf returns the function call calls and its CtxBoundFact (of
// this package's local ones or imported), nils when it has none.
func (x *ctxIndex) ctxBoundOf(call *ast.CallExpr, local map[*types.Func]*CtxBoundFact) (*types.Func, *CtxBoundFact) {
	fn, _ := typeutil.Callee(x.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return nil, nil
	}
	fn = fn.Origin()
	if f := local[fn]; f != nil {
		return fn, f
	}
	if fn.Pkg() == nil || fn.Pkg() == x.pass.Pkg {
		return nil, nil
	}
	var imp CtxBoundFact
	if x.pass.ImportObjectFact(fn, &imp) {
		return fn, &imp
	}
	return nil, nil
}

// ownCtxParam returns the index of the context parameter of sig that e
// is, as it is, through context.WithValue, or through a local set once
// from either and never assigned again; -1 otherwise.
func (x *ctxIndex) ownCtxParam(e ast.Expr, sig *types.Signature, depth int) int {
	if depth > 6 {
		return -1
	}
	e = unparen(e)
	if c, ok := e.(*ast.CallExpr); ok {
		fn, _ := typeutil.Callee(x.pass.TypesInfo, c).(*types.Func)
		if isFunc(fn, "context", "WithValue") && len(c.Args) == 3 {
			return x.ownCtxParam(c.Args[0], sig, depth+1)
		}
		return -1
	}
	v := x.varOf(e)
	if v == nil || x.bad[v] || !isContext(v.Type()) {
		return -1
	}
	if def, ok := x.defs[v]; ok {
		return x.ownCtxParam(def, sig, depth+1)
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if sig.Params().At(i) == v {
			return i
		}
	}
	return -1
}

// describeVia renders the functions a carried fact goes through for a
// message: ", through payouts.Sweeper.follow", "" for the poll itself.
func (f *CtxBoundFact) describeVia() string {
	if f.Via == "" {
		return ""
	}
	return fmt.Sprintf(", through %s", f.Via)
}
