package retry

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"time"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- the caller of a field helper --------------------------------------------
//
// A closure stored in a func field of a keyed composite literal
// (retrykit.Retrier{Attempts: 4, Delay: 2 * time.Second, Do: func(ctx)
// error {…}}) is retried when the value is handed to a field helper
// that repeats that field (fieldhelper.go): the literal's method called
// in place (Retrier{…}.Run(ctx)), or a local defined from it whose fields
// nothing sets again before the call (r := Retrier{…}; r.Run(ctx)). The
// helper's wait field is the literal's value (left out: no wait).

// fieldConstruct returns the Helper construct of a call that repeats the
// field lit is stored in; outer are the nodes around the key-value pair,
// the composite literal first.
func (r *Result) fieldConstruct(lit *ast.FuncLit, kv *ast.KeyValueExpr, outer []ast.Node) *Construct {
	info := r.pass.TypesInfo
	comp, ok := outer[0].(*ast.CompositeLit)
	key, _ := kv.Key.(*ast.Ident)
	if !ok || key == nil {
		return nil
	}
	field, _ := info.ObjectOf(key).(*types.Var)
	if field == nil || !field.IsField() {
		return nil
	}
	var body ast.Node
	for _, n := range outer {
		switch n.(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			body = n
		}
		if body != nil {
			break
		}
	}
	if body == nil {
		return nil
	}
	var calls []*ast.CallExpr
	var holder ast.Node = comp
	i := 1
	for i < len(outer) && (isParen(outer[i]) || isAddr(outer[i])) {
		holder, i = outer[i], i+1
	}
	if i >= len(outer) {
		return nil
	}
	switch p := outer[i].(type) {
	case *ast.SelectorExpr: // Retrier{…}.Run(ctx)
		if i+1 < len(outer) {
			if call, ok := outer[i+1].(*ast.CallExpr); ok && call.Fun == p {
				calls = append(calls, call)
			}
		}
	case *ast.CallExpr: // retrykit.Run(ctx, Retrier{…})
		calls = append(calls, p)
	case *ast.AssignStmt: // r := Retrier{…}
		v := definedBy(info, p, holder)
		if v == nil {
			return nil
		}
		ast.Inspect(body, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && holderOf(info, call, v) && !HolderChanged(info, body, v, call) {
				calls = append(calls, call)
			}
			return true
		})
	}
	for _, call := range calls {
		callee := r.staticCallee(call)
		if callee == nil {
			continue
		}
		fh := r.fieldHelper(callee)
		if fh == nil || fh.Field != field.Name() || !fh.AgainAfterError || !r.holdsAt(call, fh.Holder, holder) {
			continue
		}
		sum := fh.HelperFact
		// A helper that stops when the caller's done predicate answers
		// true (Poller{Fetch, Done}.Until) polls the value until it is
		// final: a failed read is read again as a poll does, which the
		// poll rules own, not a retry of the call (retrycond's judged).
		sum.DoneBool = sum.DoneBool || fh.DoneField != ""
		if fh.WaitField != "" {
			sum.Wait, sum.WaitDur = fieldWait(info, KeyedValue(info, comp, fh.WaitField))
		}
		return &Construct{Kind: Helper, Name: payment.HelperName(callee), Pos: call.Pos(), Node: call, Region: lit, Summary: &sum,
			Counters: capturedCounters(info, lit)} // attemptcounters.go
	}
	return nil
}

func isParen(n ast.Node) bool {
	_, ok := n.(*ast.ParenExpr)
	return ok
}

func isAddr(n ast.Node) bool {
	u, ok := n.(*ast.UnaryExpr)
	return ok && u.Op == token.AND
}

// definedBy returns the local that as defines from e (r := Retrier{…}).
func definedBy(info *types.Info, as *ast.AssignStmt, e ast.Node) *types.Var {
	if as.Tok != token.DEFINE || len(as.Lhs) != len(as.Rhs) {
		return nil
	}
	for i, rhs := range as.Rhs {
		if rhs == e {
			if id, ok := as.Lhs[i].(*ast.Ident); ok {
				v, _ := info.Defs[id].(*types.Var)
				return v
			}
		}
	}
	return nil
}

// holderOf: call's receiver or one of its arguments is v (or &v).
func holderOf(info *types.Info, call *ast.CallExpr, v *types.Var) bool {
	is := func(e ast.Expr) bool {
		id, ok := payment.StripAddr(e).(*ast.Ident)
		return ok && info.Uses[id] == v
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && is(sel.X) {
		return true
	}
	for _, a := range call.Args {
		if is(a) {
			return true
		}
	}
	return false
}

// holdsAt: the helper's holder (-1 the receiver, else an argument) at
// call is the value built by holder (the literal, its address, or the
// local defined from it).
func (r *Result) holdsAt(call *ast.CallExpr, idx int, holder ast.Node) bool {
	info := r.pass.TypesInfo
	var e ast.Expr
	if idx < 0 {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		e = sel.X
	} else if idx < len(call.Args) {
		e = call.Args[idx]
	}
	if e == nil {
		return false
	}
	if within(holder, e) {
		return true
	}
	id, ok := payment.StripAddr(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, _ := info.Uses[id].(*types.Var)
	return v != nil && r.definedFrom(v, holder)
}

// definedFrom: v's definition has holder as its value.
func (r *Result) definedFrom(v *types.Var, holder ast.Node) bool {
	file := r.fileOf(v.Pos())
	found := false
	if file == nil {
		return false
	}
	ast.Inspect(file, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && definedBy(r.pass.TypesInfo, as, holder) == v {
			found = true
		}
		return !found
	})
	return found
}

// fieldWait is the wait a duration field's value in the caller's
// literal gives: none when left out, a constant, else unknown.
func fieldWait(info *types.Info, value ast.Expr) (payment.WaitKind, time.Duration) {
	if value == nil {
		return payment.WaitNone, 0
	}
	if tv, ok := info.Types[value]; ok && tv.Value != nil {
		if d, ok := constant.Int64Val(constant.ToInt(tv.Value)); ok {
			return payment.WaitConst, time.Duration(d)
		}
	}
	return payment.WaitUnknown, 0
}

// KeyedValue returns the value the keyed literal gives the field named
// name, nil when it gives none.
func KeyedValue(info *types.Info, lit *ast.CompositeLit, name string) ast.Expr {
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
			if v, ok := info.ObjectOf(id).(*types.Var); ok && v.IsField() {
				return kv.Value
			}
		}
	}
	return nil
}

// HolderChanged reports whether, in body, v may hold other field values
// than its definition gave it by the time of call: v assigned again, a
// field of it assigned or incremented, its address or a field's taken,
// or a method with a pointer receiver called on it (call itself
// excepted; nil: none).
func HolderChanged(info *types.Info, body ast.Node, v *types.Var, call *ast.CallExpr) bool {
	if body == nil {
		return true
	}
	rooted := func(e ast.Expr) bool {
		id := RootIdent(e)
		return id != nil && info.Uses[id] == v
	}
	changed := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if rooted(l) && (n.Tok != token.DEFINE || info.Defs[RootIdent(l)] == nil) {
					changed = true
				}
			}
		case *ast.IncDecStmt:
			changed = changed || rooted(n.X)
		case *ast.UnaryExpr:
			changed = changed || n.Op == token.AND && rooted(n.X) && !handedAsHolder(n, call)
		case *ast.CallExpr:
			if n != call && pointerMethodOn(info, n, v) {
				changed = true
			}
		}
		return !changed
	})
	return changed
}

// handedAsHolder: &v is call's receiver or argument.
func handedAsHolder(u *ast.UnaryExpr, call *ast.CallExpr) bool {
	return call != nil && within(u, call) && !within(u, call.Fun)
}

// pointerMethodOn: call calls a method with a pointer receiver on v.
func pointerMethodOn(info *types.Info, call *ast.CallExpr, v *types.Var) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok || info.Uses[id] != v {
		return false
	}
	fn, ok := info.Uses[sel.Sel].(*types.Func)
	if !ok {
		return false
	}
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil {
		return false
	}
	_, ptr := recv.Type().(*types.Pointer)
	return ptr
}
