package poll

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a function that waits for the payment in its parameter -----------------
//
//	func (a *API) waitPaid(ctx context.Context, id string) (bool, error) {
//		ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
//		defer cancel()
//		err := every(ctx, 5*time.Second, func() error { … a.Invoice(ctx, id) … })
//		if errors.Is(err, context.DeadlineExceeded) {
//			return false, nil
//		}
//		return err == nil, err
//	}
//
// polls the payment its parameter names and, when its own bound ends the
// wait while the payment is still pending, returns (false, nil). A caller
// that pays, waits through it and pays again when it returned that goes
// round while the first payment may still land (rewait.go).

// waiter summarises a function of the package that polls the payment in
// one of its parameters and gives up on a bound of its own.
type waiter struct {
	fn *types.Func
	// param is the index of the parameter holding the polled id.
	param int
	// loop is the poll inside fn.
	loop *Loop
	// giveUp is what fn returns when the bound ends the wait.
	giveUp []absVal
}

// waiterOf summarises l's function as a waiter, nil when it is not one.
func (f *finder) waiterOf(l *Loop) *waiter {
	decl, ok := l.Func.(*ast.FuncDecl)
	if !ok || decl.Body == nil || decl.Type.Results == nil || l.ID() == nil {
		return nil
	}
	fn, _ := f.info.Defs[decl.Name].(*types.Func)
	v := f.varOf(rootOf(f.formatted(wrappedID(l.ID()))))
	if fn == nil || v == nil || len(f.assigns[v]) > 0 {
		return nil
	}
	param := paramIndex(f, decl, v)
	if param < 0 {
		return nil
	}
	giveUp := f.giveUpResults(l, decl)
	if giveUp == nil {
		return nil
	}
	return &waiter{fn: fn, param: param, loop: l, giveUp: giveUp}
}

// giveUpResults follows decl's statements after the poll when the poll's
// own bound ended it (not the caller's context, whose end fails the
// caller's next payment too): what decl returns then, nil when unknown.
func (f *finder) giveUpResults(l *Loop, decl *ast.FuncDecl) []absVal {
	stmt := f.stmtIn(decl.Body, l.Node)
	if stmt == nil {
		return nil
	}
	w := &walker{f: f, vars: env{}}
	switch l.Kind {
	case For:
		if stmt != l.Node || !f.ownBound(l, decl) || breaks(l.Body) {
			return nil
		}
	case Helper:
		errKind, ok := f.helperGiveUp(l, decl)
		if !ok {
			return nil
		}
		if r, isRet := stmt.(*ast.ReturnStmt); isRet && len(r.Results) == 1 && unparen(r.Results[0]) == l.Node {
			return []absVal{{kind: errKind}} // return every(…)
		}
		as, isAssign := stmt.(*ast.AssignStmt)
		if !isAssign || len(as.Rhs) != 1 || unparen(as.Rhs[0]) != l.Node {
			return nil
		}
		errVar := f.varOf(as.Lhs[len(as.Lhs)-1])
		if errVar == nil {
			return nil
		}
		w.vars[errVar] = absVal{kind: errKind}
	default:
		return nil
	}
	if l.Kind == For && l.Node.(*ast.ForStmt).Cond == nil {
		return f.insideGiveUp(l, decl) // for { select { case <-ctx.Done(): return … } }
	}
	f.seedPending(l, decl, w.vars)
	f.seedHeld(l, decl, nil, w.vars) // heldstatus.go: a record last read
	rest := decl.Body.List[indexOf(decl.Body.List, stmt)+1:]
	if w.stmts(rest) != walkReturn || len(w.ret) == 0 {
		return nil
	}
	return w.ret
}

// ownBound: a for loop ends on a bound made in decl: its condition or an
// exit on a deadline, a counter, or a context made with a timeout in decl.
func (f *finder) ownBound(l *Loop, decl *ast.FuncDecl) bool {
	for _, b := range l.Bounds {
		switch b.What {
		case "ctx.Done()", "ctx.Err()":
			if c, ok := b.Node.(*ast.CallExpr); ok && f.ctxMadeIn(c, decl) {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// ctxMadeIn: the receiver of ctx.Done()/ctx.Err() is a context made with
// a timeout or deadline in decl.
func (f *finder) ctxMadeIn(c *ast.CallExpr, decl *ast.FuncDecl) bool {
	sel, ok := unparen(c.Fun).(*ast.SelectorExpr)
	return ok && f.timeoutIn(sel.X, decl.Body)
}

// timeoutIn: ctx is defined or assigned once in body from
// context.WithTimeout or WithDeadline (ctx, cancel := … shadows or
// replaces the caller's).
func (f *finder) timeoutIn(ctx ast.Expr, body *ast.BlockStmt) bool {
	v := f.varOf(ctx)
	if v == nil {
		return false
	}
	var stmts []ast.Node
	if def := f.defs[v]; def != nil {
		stmts = append(stmts, f.parent[def])
	}
	stmts = append(stmts, f.assigns[v]...)
	for _, s := range stmts {
		as, ok := s.(*ast.AssignStmt)
		if !ok || !within(as, body) || len(as.Rhs) != 1 {
			continue
		}
		if c, ok := unparen(as.Rhs[0]).(*ast.CallExpr); ok && isFunc(f.calleeFunc(c), "context", "WithTimeout", "WithDeadline", "WithTimeoutCause", "WithDeadlineCause") {
			return true
		}
	}
	return false
}

// helperGiveUp: the helper gives up on a bound of its own (an error of
// unknown kind) or on a context given a timeout in decl (a deadline
// error).
func (f *finder) helperGiveUp(l *Loop, decl *ast.FuncDecl) (absKind, bool) {
	h, call := l.helper, l.Node.(*ast.CallExpr)
	if h == nil {
		return absUnknown, false
	}
	if h.CtxParam >= 0 && h.CtxParam < len(call.Args) && f.timeoutIn(call.Args[h.CtxParam], decl.Body) {
		return absDeadline, true
	}
	if h.Bound&^payment.BoundCtx != 0 {
		return absErr, true // an attempt cap, a deadline of its own
	}
	return absUnknown, false
}

// breaks: the body has a break statement outside function literals (the
// statements after the loop are then reached on other paths than its
// bound).
func breaks(b *ast.BlockStmt) bool {
	found := false
	ast.Inspect(b, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BranchStmt:
			found = found || x.Tok == token.BREAK || x.Tok == token.GOTO
		}
		return !found
	})
	return found
}

func indexOf(list []ast.Stmt, s ast.Stmt) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}
