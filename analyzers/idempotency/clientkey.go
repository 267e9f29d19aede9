package idempotency

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// A client-wide key (Midtrans's c.Options.SetPaymentIdempotencyKey(k))
// is sent with every later call of that client. Set once before a loop
// that charges a different order on each pass, it makes every charge
// after the first carry the first one's key: the provider refuses it or
// answers with the first payment. Reported where the write is; a key set
// inside the loop (per charge), a fresh client per charge, a retry of one
// charge and a loop whose charges do not change with the loop stay
// silent.

// keySet is one call of a client-wide key setter.
type keySet struct {
	call *ast.CallExpr
	fn   ast.Node // enclosing FuncDecl or FuncLit
	sdk  string
}

func reportClientKeys(pass *analysis.Pass, info *payment.Info, retries *retry.Result) {
	sets := map[types.Object][]keySet{}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			if obj, ks, ok := clientKeySet(pass, f, call); ok {
				sets[obj] = append(sets[obj], ks)
			}
			return true
		})
	}
	if len(sets) == 0 {
		return
	}
	for _, op := range info.Ops {
		if op == nil || op.Call == nil || op.Via != nil || !op.Kind.Has(payment.Write) {
			continue
		}
		if msg := clientKeyProblem(pass, op, sets, retries); msg != "" {
			directive.Reportf(pass, op.Call, "%s", msg)
		}
	}
}

// clientKeySet: c.Options.SetPaymentIdempotencyKey(k), with the client c
// (a variable, or a field for s.core.Options...).
func clientKeySet(pass *analysis.Pass, f *ast.File, call *ast.CallExpr) (types.Object, keySet, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, keySet{}, false
	}
	fn, _ := pass.TypesInfo.ObjectOf(sel.Sel).(*types.Func)
	sdk, field, ok := payment.ClientKeySetter(fn)
	if !ok {
		return nil, keySet{}, false
	}
	opts, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
	if !ok || opts.Sel.Name != field {
		return nil, keySet{}, false
	}
	obj := refObj(pass, opts.X)
	if obj == nil {
		return nil, keySet{}, false
	}
	return obj, keySet{call: call, fn: enclosingFunc(f, call.Pos()), sdk: sdk}, true
}

// refObj: the variable or field an expression names (c, s.core).
func refObj(pass *analysis.Pass, e ast.Expr) types.Object {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return pass.TypesInfo.ObjectOf(x)
	case *ast.SelectorExpr:
		return pass.TypesInfo.ObjectOf(x.Sel)
	case *ast.StarExpr:
		return refObj(pass, x.X)
	}
	return nil
}

// clientKeyProblem: op is a write through a client whose key was set
// once, earlier in the same function, outside a loop that charges a
// different item on each pass.
func clientKeyProblem(pass *analysis.Pass, op *payment.Op, sets map[types.Object][]keySet, retries *retry.Result) string {
	adv := payment.AdviceFor(op)
	sel, ok := ast.Unparen(op.Call.Fun).(*ast.SelectorExpr)
	if adv == nil || !ok {
		return ""
	}
	obj := refObj(pass, sel.X)
	f := fileOf(pass, op.Call.Pos())
	if obj == nil || f == nil {
		return ""
	}
	path, _ := astutil.PathEnclosingInterval(f, op.Call.Pos(), op.Call.End())
	fn := enclosingFunc(f, op.Call.Pos())
	for _, ks := range sets[obj] {
		if ks.sdk != adv.SDK || ks.fn != fn || ks.call.Pos() > op.Call.Pos() {
			continue
		}
		loop := perItemLoop(pass, path, ks, sets[obj], op, retries)
		if loop == nil {
			continue
		}
		return fmt.Sprintf("%s charges a different item on each pass of the loop (line %d) with the client-wide idempotency key set once (line %d): %s sends that key with every later call of the client, so the second charge is refused or answered with the first payment; set a key made for each charge right before it, or use a fresh client per charge",
			op.Desc, pass.Fset.Position(loop.Pos()).Line, pass.Fset.Position(ks.call.Pos()).Line, adv.SDK)
	}
	return ""
}

// perItemLoop: the innermost loop around op, after the key set ks and
// not containing it, whose variables reach op's arguments, with no key
// set on the client inside it before op and that is not a retry of op.
func perItemLoop(pass *analysis.Pass, path []ast.Node, ks keySet, all []keySet, op *payment.Op, retries *retry.Result) ast.Node {
	for _, n := range path {
		if n == ks.fn {
			return nil
		}
		switch n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
		default:
			continue
		}
		if n.Pos() < ks.call.End() {
			return nil // the key is set inside this loop: per pass
		}
		for _, other := range all {
			if other.call.Pos() > n.Pos() && other.call.Pos() < op.Call.Pos() {
				return nil // a key set again on each pass
			}
		}
		for _, c := range retries.Around(op.Call) {
			if c.Node == n {
				return nil // a retry of one charge: one key is right
			}
		}
		if loopVaries(pass, n, op.Call) {
			return n
		}
		return nil
	}
	return nil
}

// loopVaries: a variable of the loop (its range key or value, its init
// variables), or a variable assigned from one inside the loop, is in
// the call's arguments.
func loopVaries(pass *analysis.Pass, loop ast.Node, call *ast.CallExpr) bool {
	vars := map[types.Object]bool{}
	var body *ast.BlockStmt
	switch l := loop.(type) {
	case *ast.RangeStmt:
		for _, e := range []ast.Expr{l.Key, l.Value} {
			if o := refObj(pass, e); e != nil && o != nil {
				vars[o] = true
			}
		}
		body = l.Body
	case *ast.ForStmt:
		if as, ok := l.Init.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			for _, e := range as.Lhs {
				if o := refObj(pass, e); o != nil {
					vars[o] = true
				}
			}
		}
		body = l.Body
	}
	if len(vars) == 0 || body == nil {
		return false
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, r := range as.Rhs {
				if mentions(pass, r, vars) {
					for _, l := range as.Lhs {
						if o := rootObj(pass, l); o != nil {
							vars[o] = true
						}
					}
				}
			}
		}
		return true
	})
	for _, a := range call.Args {
		if mentions(pass, a, vars) {
			return true
		}
	}
	return false
}

func mentions(pass *analysis.Pass, e ast.Node, vars map[types.Object]bool) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && vars[pass.TypesInfo.ObjectOf(id)] {
			found = true
		}
		return !found
	})
	return found
}

// rootObj: the variable at the root of x, x.f.g, *x.
func rootObj(pass *analysis.Pass, e ast.Expr) types.Object {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return pass.TypesInfo.ObjectOf(x)
		case *ast.SelectorExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		default:
			return nil
		}
	}
}

func fileOf(pass *analysis.Pass, pos token.Pos) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// enclosingFunc: the innermost FuncDecl or FuncLit around pos.
func enclosingFunc(f *ast.File, pos token.Pos) ast.Node {
	path, _ := astutil.PathEnclosingInterval(f, pos, pos)
	for _, n := range path {
		switch n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return n
		}
	}
	return nil
}
