package payment

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
)

// ---- client-wide keys -------------------------------------------------------
//
// A client-wide key (Midtrans's c.Options.SetPaymentIdempotencyKey(k))
// is sent with every later call of that client. Set once before a loop
// that charges a different order on each pass, it makes every charge
// after the first carry the first one's key: the provider refuses it or
// answers with the first payment. A key set inside the loop (per charge),
// a fresh client per charge and a loop whose charges do not change with
// the loop are not shared keys.

// SharedClientKey is a client-wide key set once, before the loop around a
// write, that the write then shares with every other pass of the loop.
type SharedClientKey struct {
	// Set is the setter call (c.Options.SetPaymentIdempotencyKey(k)).
	Set *ast.CallExpr
	// SDK names the provider SDK, as SDKAdvice.SDK.
	SDK string
	// Loop is the innermost loop around the write: it charges a different
	// item on each pass. When Loop is a retry of the write itself, one
	// key is right: the caller drops the finding.
	Loop ast.Node
}

// clientKeySet is one call of a client-wide key setter.
type clientKeySet struct {
	call *ast.CallExpr
	fn   ast.Node // enclosing FuncDecl or FuncLit
	sdk  string
}

// SharedClientKeys returns the writes of the package (direct calls, not
// wrappers) that share a client-wide key across the passes of a loop
// charging a different item on each pass.
func SharedClientKeys(pass *analysis.Pass, info *Info) map[*Op]SharedClientKey {
	sets := map[types.Object][]clientKeySet{}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if obj, ks, ok := findClientKeySet(pass.TypesInfo, f, call); ok {
					sets[obj] = append(sets[obj], ks)
				}
			}
			return true
		})
	}
	if len(sets) == 0 {
		return nil
	}
	out := map[*Op]SharedClientKey{}
	for _, op := range info.Ops {
		if op == nil || op.Call == nil || op.Via != nil || !op.Kind.Has(Write) {
			continue
		}
		if sk, ok := sharedKey(pass, op, sets); ok {
			out[op] = sk
		}
	}
	return out
}

// findClientKeySet: c.Options.SetPaymentIdempotencyKey(k), with the client
// c (a variable, or a field for s.core.Options...).
func findClientKeySet(info *types.Info, f *ast.File, call *ast.CallExpr) (types.Object, clientKeySet, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, clientKeySet{}, false
	}
	fn, _ := info.ObjectOf(sel.Sel).(*types.Func)
	sdk, field, ok := ClientKeySetter(fn)
	if !ok {
		return nil, clientKeySet{}, false
	}
	opts, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
	if !ok || opts.Sel.Name != field {
		return nil, clientKeySet{}, false
	}
	obj := refObj(info, opts.X)
	if obj == nil {
		return nil, clientKeySet{}, false
	}
	return obj, clientKeySet{call: call, fn: enclosingFunc(f, call.Pos()), sdk: sdk}, true
}

// refObj: the variable or field an expression names (c, s.core).
func refObj(info *types.Info, e ast.Expr) types.Object {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return info.ObjectOf(x)
	case *ast.SelectorExpr:
		return info.ObjectOf(x.Sel)
	case *ast.StarExpr:
		return refObj(info, x.X)
	}
	return nil
}

// sharedKey: op is a write through a client whose key was set once,
// earlier in the same function, outside a loop that charges a different
// item on each pass.
func sharedKey(pass *analysis.Pass, op *Op, sets map[types.Object][]clientKeySet) (SharedClientKey, bool) {
	adv := AdviceFor(op)
	sel, ok := ast.Unparen(op.Call.Fun).(*ast.SelectorExpr)
	if adv == nil || !ok {
		return SharedClientKey{}, false
	}
	obj := refObj(pass.TypesInfo, sel.X)
	f := fileOf(pass, op.Call.Pos())
	if obj == nil || f == nil {
		return SharedClientKey{}, false
	}
	path, _ := astutil.PathEnclosingInterval(f, op.Call.Pos(), op.Call.End())
	fn := enclosingFunc(f, op.Call.Pos())
	for _, ks := range sets[obj] {
		if ks.sdk != adv.SDK || ks.fn != fn || ks.call.Pos() > op.Call.Pos() {
			continue
		}
		if loop := perItemLoop(pass.TypesInfo, path, ks, sets[obj], op); loop != nil {
			return SharedClientKey{Set: ks.call, SDK: adv.SDK, Loop: loop}, true
		}
	}
	return SharedClientKey{}, false
}

// perItemLoop: the innermost loop around op, after the key set ks and
// not containing it, whose variables reach op's arguments, with no key
// set on the client inside it before op.
func perItemLoop(info *types.Info, path []ast.Node, ks clientKeySet, all []clientKeySet, op *Op) ast.Node {
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
		if loopVaries(info, n, op.Call) {
			return n
		}
		return nil
	}
	return nil
}

// loopVaries: a variable of the loop (its range key or value, its init
// variables), or a variable assigned from one inside the loop, is in
// the call's arguments.
func loopVaries(info *types.Info, loop ast.Node, call *ast.CallExpr) bool {
	vars := map[types.Object]bool{}
	var body *ast.BlockStmt
	switch l := loop.(type) {
	case *ast.RangeStmt:
		for _, e := range []ast.Expr{l.Key, l.Value} {
			if o := refObj(info, e); e != nil && o != nil {
				vars[o] = true
			}
		}
		body = l.Body
	case *ast.ForStmt:
		if as, ok := l.Init.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			for _, e := range as.Lhs {
				if o := refObj(info, e); o != nil {
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
				if mentions(info, r, vars) {
					for _, l := range as.Lhs {
						if o := rootObj(info, l); o != nil {
							vars[o] = true
						}
					}
				}
			}
		}
		return true
	})
	for _, a := range call.Args {
		if mentions(info, a, vars) {
			return true
		}
	}
	return false
}

func mentions(info *types.Info, e ast.Node, vars map[types.Object]bool) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && vars[info.ObjectOf(id)] {
			found = true
		}
		return !found
	})
	return found
}

// rootObj: the variable at the root of x, x.f.g, *x.
func rootObj(info *types.Info, e ast.Expr) types.Object {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return info.ObjectOf(x)
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
