package poll

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- functions that read many payments per call --------------------------------
//
// A reconciler's Sweep lists the payouts still in flight and reads (or
// starts a goroutine that follows) each one: the payment model summarises
// it as a status read, yet every call reads other payments, one per row.
// A scheduler that calls it on a ticker (for { r.Sweep(ctx); <-t.C })
// polls no single payment, so it needs no exit on a payment's status. A
// function fans out when each of its status reads runs once per element
// of a collection it ranges over (the element, or a value defined from
// it, is an argument or the receiver of the read), or is a call of a
// function that fans out. FanOutFact carries the answer to the callers'
// packages; a call of such a function is no read of the payment a loop
// polls. A single-payment read inside the same function (a read of a
// fixed id next to the range) keeps it an ordinary read.

// FanOutFact marks a function whose status reads each read one element
// of a collection it ranges over.
type FanOutFact struct{}

// AFact implements analysis.Fact.
func (*FanOutFact) AFact() {}

func (*FanOutFact) String() string { return "reads many payments per call" }

// fanOut answers, for the package being analysed and through facts for
// the others, which functions fan out.
type fanOut struct {
	pass  *analysis.Pass
	local map[*types.Func]bool
	// batch: every payment op runs per element (batch.go).
	batch map[*types.Func]bool
	elem  map[*ast.CallExpr]bool // perElement's answers
}

// newFanOut summarises the package's functions and exports their facts.
func newFanOut(pass *analysis.Pass, info *payment.Info) *fanOut {
	fo := &fanOut{pass: pass, local: map[*types.Func]bool{}, batch: map[*types.Func]bool{},
		elem: map[*ast.CallExpr]bool{}}
	decls := funcs.Of(pass).NonTestBodies()
	// A function of the package that fans out makes its callers fan out
	// too (call chains are short).
	reads := func(op *payment.Op) bool { return op.Kind.Has(payment.StatusRead) }
	fo.perRow(info, decls, fo.local, reads, fo.fans)
	for fn := range fo.local {
		pass.ExportObjectFact(fn, &FanOutFact{})
	}
	fo.markBatches(info, decls)
	return fo
}

// perRow adds to set the functions of decls whose every op that counts
// (at least one) runs once per element of a collection it ranges over,
// or is a call of a function member already says works per row; it goes
// round until nothing changes. FanOutFact counts status reads,
// BatchFact every op.
func (fo *fanOut) perRow(info *payment.Info, decls []funcs.Decl, set map[*types.Func]bool, counts func(*payment.Op) bool,
	member func(*types.Func) bool) {
	for changed, rounds := true, 0; changed && rounds < 4; rounds++ {
		changed = false
		for _, d := range decls {
			if set[d.Func] {
				continue
			}
			n, all := 0, true
			for _, op := range info.Within(d.Syntax.Body) {
				if !counts(op) {
					continue
				}
				n++
				if !(op.Via != nil && member(op.Via)) && !fo.perElement(d.File, op.Call) {
					all = false
					break
				}
			}
			if n > 0 && all {
				set[d.Func], changed = true, true
			}
		}
	}
}

// fans reports whether fn reads many payments per call.
func (fo *fanOut) fans(fn *types.Func) bool {
	return fo != nil && fo.marked(fn, fo.local, new(FanOutFact))
}

// marked: fn is in set (a function of this package) or carries fact (of
// another package's).
func (fo *fanOut) marked(fn *types.Func, set map[*types.Func]bool, fact analysis.Fact) bool {
	if fn == nil {
		return false
	}
	fn = fn.Origin()
	if fn.Pkg() == fo.pass.Pkg {
		return set[fn]
	}
	return fn.Pkg() != nil && fo.pass.ImportObjectFact(fn, fact)
}

// perElement is the package function perElement, asked once per call
// (both facts ask it of the same ops, round after round).
func (fo *fanOut) perElement(file *ast.File, call *ast.CallExpr) bool {
	v, ok := fo.elem[call]
	if !ok {
		v = perElement(fo.pass.TypesInfo, file, call) || fo.chanElement(file, call) // a worker pool's channel (chanfeed.go)
		fo.elem[call] = v
	}
	return v
}

// opOf drops the status read of a call of a function that fans out; the
// op is kept whole when it does something else too, unless every op of
// the function works one row of a batch (batch.go).
func (fo *fanOut) opOf(of OpOf) OpOf {
	return func(call *ast.CallExpr) *payment.Op {
		op := of(call)
		if op != nil && op.Via != nil && (op.Kind == payment.StatusRead && fo.fans(op.Via) || fo.batches(op.Via)) {
			return nil
		}
		return op
	}
}

// perElement: call runs inside a range over a collection (a slice, an
// array or a map, not a literal written in place) and takes the range's
// element, or a variable defined from it in the range's body, as an
// argument or as its receiver.
func perElement(info *types.Info, file *ast.File, call *ast.CallExpr) bool {
	path, _ := astutil.PathEnclosingInterval(file, call.Pos(), call.End())
	for _, n := range path {
		rs, ok := n.(*ast.RangeStmt)
		if !ok || !collection(info, rs.X) {
			continue
		}
		elems := map[types.Object]bool{}
		for _, e := range []ast.Expr{rs.Key, rs.Value} {
			if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
				if o := info.ObjectOf(id); o != nil {
					elems[o] = true
				}
			}
		}
		if len(elems) == 0 {
			continue
		}
		// t := rows[i], id := t.Ref: defined from the element.
		ast.Inspect(rs.Body, func(n ast.Node) bool {
			if as, ok := n.(*ast.AssignStmt); ok && as.Tok == token.DEFINE && mentionsAny(info, as.Rhs, elems) {
				for _, l := range as.Lhs {
					if id, ok := l.(*ast.Ident); ok && info.Defs[id] != nil {
						elems[info.Defs[id]] = true
					}
				}
			}
			return true
		})
		args := append([]ast.Expr{}, call.Args...)
		if sel, ok := unparen(call.Fun).(*ast.SelectorExpr); ok {
			args = append(args, sel.X)
		}
		if mentionsAny(info, args, elems) {
			return true
		}
	}
	return false
}

// collection: e is a slice, array or map value that is not written in
// place (a literal of one id is one payment).
func collection(info *types.Info, e ast.Expr) bool {
	if _, lit := unparen(e).(*ast.CompositeLit); lit {
		return false
	}
	t := info.TypeOf(e)
	if t == nil {
		return false
	}
	switch t.Underlying().(type) {
	case *types.Slice, *types.Array, *types.Map:
		return true
	}
	return false
}

func mentionsAny(info *types.Info, es []ast.Expr, objs map[types.Object]bool) bool {
	found := false
	for _, e := range es {
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && objs[info.Uses[id]] {
				found = true
			}
			return !found
		})
	}
	return found
}
