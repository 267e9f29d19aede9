package poll

import (
	"go/ast"
	"go/token"
	"go/types"
)

// ---- the attempt counter printed into a field of the create's request -------
//
//	for attempt := 1; attempt <= 3; attempt++ {
//		ch, err := k.bank.CreateCharge(ctx, ChargeRequest{
//			EndToEndID: fmt.Sprintf("KT%s%02d", bill.Ref, attempt),
//			Amount:     bill.Amount,
//		})
//		…
//		settled, err := k.waitSettled(ctx, ch.ID) // (false, nil) at its own deadline
//		if settled { return ch, nil }
//	}
//
// perItem takes a non-string argument mentioning the loop counter as a
// sign that each pass pays for another item. A request literal in which
// the counter is only printed (fmt.Sprint*, strconv.Itoa/FormatInt) into
// a string, a reference or key numbered by the attempt, names no item:
// the pass creates the same payment again under a new number. As for a
// counter handed to a wrapper (attemptarg.go), it counts as the
// attempt only when the loop can leave on a pass that went well, so a
// loop over instalments described as "instalment %d" stays per item.

// counterPrinted: a, an argument of a create, is a request literal (or
// its address) whose every mention of the counter v is an argument of a
// formatting call, and outer leaves on success.
func (f *finder) counterPrinted(outer *ast.ForStmt, a ast.Expr, v *types.Var) bool {
	e := unparen(a)
	if u, ok := e.(*ast.UnaryExpr); ok {
		e = unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok || !leavesOnSuccess(f, outer.Body) {
		return false
	}
	uses, printed := 0, 0
	ast.Inspect(lit, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.Ident:
			if f.info.Uses[x] == v {
				uses++
			}
		case *ast.CallExpr:
			fn := f.calleeFunc(x)
			if !isFunc(fn, "fmt", "Sprintf", "Sprint", "Sprintln") && !isFunc(fn, "strconv", "Itoa", "FormatInt", "FormatUint") {
				return true
			}
			for _, arg := range x.Args {
				if isVar(f, arg, v) {
					printed++
				}
			}
		}
		return true
	})
	return uses > 0 && uses == printed
}

// isVar: e is v itself, a conversion of it (int64(attempt)) or v
// shifted by a constant (n+1: passes counted from one).
func isVar(f *finder, e ast.Expr, v *types.Var) bool {
	e = unparen(e)
	if c, ok := e.(*ast.CallExpr); ok && len(c.Args) == 1 && f.info.Types[c.Fun].IsType() {
		e = unparen(c.Args[0])
	}
	if b, ok := e.(*ast.BinaryExpr); ok && (b.Op == token.ADD || b.Op == token.SUB) && f.info.Types[b.Y].Value != nil {
		e = unparen(b.X)
	}
	id, ok := e.(*ast.Ident)
	return ok && f.info.Uses[id] == v
}
