package poll

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- sweeps through a worker pool ---------------------------------------------
//
// A reconciler's pass loads the rows still pending, sends each one into
// a channel, and lets a pool of goroutines range over the channel, each
// reading the payment of the row it received once. Every read then
// works one row of the batch as surely as a read inside `for _, row :=
// range rows` does (perElement), but the range is over the channel, so
// perElement does not see it, and the ticker loop that calls the pass
// every few minutes was taken for a poll of one payment. A call counts
// as per row here when
//   - it runs inside a range over a channel made in the same function
//     (the workers are closures) and takes the received element, or a
//     value defined from it, as an argument or receiver; or
//   - it hands such a channel to a function of the package (a named
//     worker) whose every payment op runs inside a range over that
//     parameter and takes the received element;
// and the channel is fed per row: every send on it lies in a range over
// a collection (or a `for rows.Next()` scan loop) and sends the element
// (or a value built from it), and the channel goes nowhere a send could
// hide (it is only sent on, ranged over, received from, closed, measured,
// or handed to a parameter that only receives). A channel fed one fixed
// payment (ch <- Row{Ref: ref}) is no batch: a loop calling that keeps
// polling the payment.

// chanElement reports whether call, in file, works one element of a
// channel fed one row of a collection per send.
func (fo *fanOut) chanElement(file *ast.File, call *ast.CallExpr) bool {
	info := fo.pass.TypesInfo
	path, _ := astutil.PathEnclosingInterval(file, call.Pos(), call.End())
	var fd *ast.FuncDecl
	for _, n := range path {
		if d, ok := n.(*ast.FuncDecl); ok {
			fd = d
		}
	}
	if fd == nil || fd.Body == nil {
		return false
	}
	for _, n := range path {
		rs, ok := n.(*ast.RangeStmt)
		if !ok {
			continue
		}
		v := chanVar(info, rs.X)
		if v == nil || !declaredIn(v, fd.Body) {
			continue
		}
		if mentionsAny(info, callOperands(call), rangeElems(info, rs)) && fo.fedPerRow(file, fd, v) {
			return true
		}
	}
	return fo.worker(file, fd, call) || goArg(info, file, call) || // goarg.go
		fo.storeRow(file, call) // storerow.go
}

// worker: call hands a channel of fd, fed per row, to a function of
// the package whose every payment op works one element received from
// that parameter.
func (fo *fanOut) worker(file *ast.File, fd *ast.FuncDecl, call *ast.CallExpr) bool {
	info := fo.pass.TypesInfo
	gd, gfile, sig := fo.decl(call)
	if gd == nil {
		return false
	}
	pinfo, _ := fo.pass.ResultOf[payment.Analyzer].(*payment.Info)
	if pinfo == nil {
		return false
	}
	for i, a := range call.Args {
		v := chanVar(info, a)
		if v == nil || !declaredIn(v, fd.Body) || i >= sig.Params().Len() || sig.Variadic() && i == sig.Params().Len()-1 {
			continue
		}
		p := sig.Params().At(i)
		ops := pinfo.Within(gd.Body)
		if len(ops) == 0 || !fo.fedPerRow(file, fd, v) {
			continue
		}
		all := true
		for _, op := range ops {
			all = all && receivedFrom(info, gfile, op.Call, p)
		}
		if all {
			return true
		}
	}
	return false
}

// decl returns the declaration of call's static callee when it is a
// function of this package, with its file and signature.
func (fo *fanOut) decl(call *ast.CallExpr) (*ast.FuncDecl, *ast.File, *types.Signature) {
	fn := typeutil.StaticCallee(fo.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() != fo.pass.Pkg {
		return nil, nil, nil
	}
	fn = fn.Origin()
	if d, ok := funcs.Of(fo.pass).Lookup(fn); ok && d.Syntax.Body != nil {
		sig, _ := fn.Type().(*types.Signature)
		return d.Syntax, d.File, sig
	}
	return nil, nil, nil
}

// receivedFrom: call runs inside a range over the channel parameter p
// and takes the received element (or a value defined from it).
func receivedFrom(info *types.Info, file *ast.File, call *ast.CallExpr, p *types.Var) bool {
	path, _ := astutil.PathEnclosingInterval(file, call.Pos(), call.End())
	for _, n := range path {
		if rs, ok := n.(*ast.RangeStmt); ok && chanVar(info, rs.X) == p && mentionsAny(info, callOperands(call), rangeElems(info, rs)) {
			return true
		}
	}
	return false
}

// fedPerRow: every send on v, a channel of fd, sends one row of a
// collection fd ranges over (at least one send), and v goes nowhere else
// a send could come from.
func (fo *fanOut) fedPerRow(file *ast.File, fd *ast.FuncDecl, v *types.Var) bool {
	info := fo.pass.TypesInfo
	sends, ok := 0, true
	var stack []ast.Node
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if !ok {
			return false
		}
		if id, isID := n.(*ast.Ident); isID && info.Uses[id] == v && len(stack) > 0 {
			switch p := stack[len(stack)-1].(type) {
			case *ast.SendStmt:
				if p.Chan == ast.Expr(id) {
					sends++
					ok = sentPerRow(info, file, p)
				} else {
					ok = false // a channel of channels
				}
			case *ast.RangeStmt:
				ok = p.X == ast.Expr(id)
			case *ast.UnaryExpr:
				ok = p.Op == token.ARROW
			case *ast.CallExpr:
				ok = fo.onlyReceives(p, id)
			default:
				ok = false // aliased, stored or returned: unknown senders
			}
		}
		stack = append(stack, n)
		return true
	})
	return ok && sends > 0
}

// onlyReceives: the channel id is an argument of call that cannot send
// on it: close, len or cap, a parameter typed <-chan, or a parameter of
// a function of the package that only ranges over or receives from it.
func (fo *fanOut) onlyReceives(call *ast.CallExpr, id *ast.Ident) bool {
	info := fo.pass.TypesInfo
	if b, ok := info.Uses[calledIdent(call)].(*types.Builtin); ok {
		return b.Name() == "close" || b.Name() == "len" || b.Name() == "cap"
	}
	i := -1
	for j, a := range call.Args {
		if unparen(a) == ast.Expr(id) {
			i = j
		}
	}
	sig, _ := info.TypeOf(call.Fun).(*types.Signature)
	if i < 0 || sig == nil || i >= sig.Params().Len() || sig.Variadic() && i == sig.Params().Len()-1 {
		return false
	}
	if ch, ok := sig.Params().At(i).Type().Underlying().(*types.Chan); ok && ch.Dir() == types.RecvOnly {
		return true
	}
	gd, _, gsig := fo.decl(call)
	if gd == nil {
		return false
	}
	p := gsig.Params().At(i)
	only := true
	ast.Inspect(gd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SendStmt:
			only = only && chanVar(info, n.Chan) != p
		case *ast.CallExpr:
			for _, a := range n.Args {
				only = only && chanVar(info, a) != p
			}
		case *ast.AssignStmt:
			for _, r := range n.Rhs {
				only = only && chanVar(info, r) != p
			}
		}
		return only
	})
	return only
}

// sentPerRow: the send lies in a range over a collection and sends its
// element (or a value defined from it), or in a `for rows.Next()` scan
// loop and sends a value declared inside that loop.
func sentPerRow(info *types.Info, file *ast.File, send *ast.SendStmt) bool {
	path, _ := astutil.PathEnclosingInterval(file, send.Pos(), send.End())
	for _, n := range path {
		switch l := n.(type) {
		case *ast.RangeStmt:
			if collection(info, l.X) && mentionsAny(info, []ast.Expr{send.Value}, rangeElems(info, l)) {
				return true
			}
		case *ast.ForStmt:
			if scanLoop(l) && mentionsDeclaredIn(info, send.Value, l.Body) {
				return true
			}
		}
	}
	return false
}

// scanLoop: for rows.Next() { … }, each round a new row.
func scanLoop(l *ast.ForStmt) bool {
	call, ok := unparen(l.Cond).(*ast.CallExpr)
	if !ok || l.Init != nil || l.Post != nil || len(call.Args) != 0 {
		return false
	}
	sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Next"
}

func mentionsDeclaredIn(info *types.Info, e ast.Expr, body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok && declaredIn(v, body) {
				found = true
			}
		}
		return !found
	})
	return found
}

// rangeElems returns the range's key and value variables and those
// defined from them in its body (row := <-…; ref := row.Ref).
func rangeElems(info *types.Info, rs *ast.RangeStmt) map[types.Object]bool {
	elems := map[types.Object]bool{}
	for _, e := range []ast.Expr{rs.Key, rs.Value} {
		if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
			if o := info.ObjectOf(id); o != nil {
				elems[o] = true
			}
		}
	}
	if len(elems) > 0 {
		definedFrom(info, rs.Body, elems)
	}
	return elems
}

// callOperands are call's arguments and, for a method call, its receiver.
func callOperands(call *ast.CallExpr) []ast.Expr {
	args := append([]ast.Expr{}, call.Args...)
	if sel, ok := unparen(call.Fun).(*ast.SelectorExpr); ok {
		args = append(args, sel.X)
	}
	return args
}

// chanVar returns the local variable (or parameter) of channel type e
// names, nil otherwise.
func chanVar(info *types.Info, e ast.Expr) *types.Var {
	id, ok := unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := info.ObjectOf(id).(*types.Var)
	if v == nil || v.IsField() {
		return nil
	}
	if _, ok := v.Type().Underlying().(*types.Chan); !ok {
		return nil
	}
	return v
}

func declaredIn(v *types.Var, n ast.Node) bool {
	return n.Pos() <= v.Pos() && v.Pos() < n.End()
}

func calledIdent(call *ast.CallExpr) *ast.Ident {
	id, _ := unparen(call.Fun).(*ast.Ident)
	return id
}
