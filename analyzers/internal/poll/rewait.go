package poll

import (
	"go/ast"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- paying again around a function that waits -------------------------------
//
//	for attempt := 1; attempt <= 3; attempt++ {
//		if err := a.payNow(ctx, invoiceID, key); err != nil { return err }
//		paid, err := a.waitPaid(ctx, invoiceID) // (false, nil) on its timeout
//		if err != nil { return err }
//		if paid { return nil }
//	}
//
// waitPaid gives up while the payment may still be pending and the pass
// goes round and pays again: two payments can land. Followed with the
// values the waiter returns on its give-up (waiter.go) through the
// statements of the pass (absval.go); any condition not known keeps the
// model silent. The payment made again is a creation whose result is the
// id waited for, or an action that pays an existing resource
// (/invoices/{id}/pay, collect_payment) on that same id.

// payActionSegs end the path of a write that starts a payment of an
// existing resource.
var payActionSegs = map[string]bool{"pay": true, "collect": true, "collect_payment": true, "charge": true}

// rewaits finds the payments made again around calls of waiters in f's
// file.
func (f *finder) rewaits(waiters map[*types.Func]*waiter) []*Recreate {
	var out []*Recreate
	ast.Inspect(f.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		fn := f.calleeFunc(call)
		if fn == nil {
			return true
		}
		if w := waiters[fn.Origin()]; w != nil {
			if rc := f.rewaitAt(call, w); rc != nil {
				out = append(out, rc)
			}
		}
		return true
	})
	return out
}

func (f *finder) rewaitAt(call *ast.CallExpr, w *waiter) *Recreate {
	if w.param >= len(call.Args) {
		return nil
	}
	idVar := f.varOf(rootOf(call.Args[w.param]))
	if idVar == nil {
		return nil
	}
	return f.rewaitOn(call, idVar, w)
}

// rewaitOn: the pass around call pays for idVar again after w gives up
// (w.loop is nil for a helper of another package: helpergiveup.go).
func (f *finder) rewaitOn(call *ast.CallExpr, idVar *types.Var, w *waiter) *Recreate {
	outer, stmt := f.outerFor(call)
	if outer == nil {
		return nil
	}
	pay := f.payAgain(outer, idVar)
	if pay == nil {
		pay = f.callerIDCreate(idVar, outer, call) // callerid.go
	}
	if pay == nil || f.releasedAfter(outer.Body, call, idVar) { // releasedfirst.go
		return nil
	}
	wk := &walker{f: f, vars: env{}}
	if pay.Call.Pos() > call.Pos() {
		wk.stop = pay.Call
	}
	o := f.afterWait(wk, outer.Body, stmt, call, w)
	if o == walkReached || wk.stop == nil && (o == walkNext || o == walkRound) {
		return &Recreate{Create: pay, Outer: outer, By: "the loop", Poll: w.loop, Wait: call, Via: payment.HelperName(w.fn)}
	}
	return nil
}

// afterWait walks the pass from the waiter's call, its results bound to
// the give-up values.
func (f *finder) afterWait(wk *walker, body *ast.BlockStmt, stmt ast.Stmt, call *ast.CallExpr, w *waiter) outcome {
	rest := body.List[indexOf(body.List, stmt)+1:]
	switch x := stmt.(type) {
	case *ast.AssignStmt:
		if !f.bindResults(wk, x, call, w) {
			return walkUnknown
		}
	case *ast.IfStmt:
		as, ok := x.Init.(*ast.AssignStmt)
		if !ok || !f.bindResults(wk, as, call, w) {
			return walkUnknown
		}
		if o := wk.ifRest(x); o != walkNext {
			return o
		}
	case *ast.ExprStmt:
		if unparen(x.X) != call {
			return walkUnknown
		}
	default:
		return walkUnknown
	}
	return wk.stmts(rest)
}

// bindResults gives the variables assigned the waiter's results their
// give-up values.
func (f *finder) bindResults(wk *walker, as *ast.AssignStmt, call *ast.CallExpr, w *waiter) bool {
	if len(as.Rhs) != 1 || unparen(as.Rhs[0]) != call || len(as.Lhs) != len(w.giveUp) {
		return false
	}
	for i, lhs := range as.Lhs {
		if v := f.varOf(lhs); v != nil {
			wk.vars[v] = w.giveUp[i]
		}
	}
	return true
}

// payAgain returns the payment of the pass that pays for idVar again: a
// creation whose result becomes idVar, or a pay action on idVar, made
// unconditionally at the top of the pass or as it ends.
func (f *finder) payAgain(outer *ast.ForStmt, idVar *types.Var) *payment.Op {
	var found *payment.Op
	for c, op := range f.ops {
		if !within(c, outer.Body) || !op.Kind.Has(payment.Write) || found != nil && found.Call.Pos() < c.Pos() {
			continue
		}
		if f.perItem(outer, c) || !f.topLevel(outer.Body, c) {
			continue
		}
		if op.Kind.Has(payment.Create) && f.resultFlows(c, idVar) ||
			payAction(op) && op.ID != nil && f.varOf(rootOf(op.ID)) == idVar {
			found = op // the first in the pass
		}
	}
	return found
}

// topLevel: c is made by a statement of body itself (an assignment, an
// expression, the init or condition of an if), not inside a branch.
func (f *finder) topLevel(body *ast.BlockStmt, c *ast.CallExpr) bool {
	switch s := f.stmtIn(body, c).(type) {
	case *ast.AssignStmt, *ast.ExprStmt:
		return f.enclosingFuncLit(c, body) == nil
	case *ast.IfStmt:
		return within(c, s.Init) || within(c, s.Cond)
	}
	return false
}

// enclosingFuncLit returns a function literal between c and body.
func (f *finder) enclosingFuncLit(c ast.Node, body ast.Node) *ast.FuncLit {
	for p := f.parent[c]; p != nil && p != body; p = f.parent[p] {
		if lit, ok := p.(*ast.FuncLit); ok {
			return lit
		}
	}
	return nil
}

// resultFlows: the call's result is assigned to v, or to a variable v is
// then given (np := create(…); id = np.ID).
func (f *finder) resultFlows(c *ast.CallExpr, v *types.Var) bool {
	vars := f.resultVars(c)
	for hop := 0; hop <= maxIDHops && len(vars) > 0; hop++ {
		if vars[v] {
			return true
		}
		if !f.spread(vars) && !f.spreadKeyed(vars) { // mapid.go: id, _ := p["id"].(string)
			break
		}
	}
	return vars[v]
}

// payAction: a write whose path ends in an action that pays an existing
// resource (POST /invoices/{id}/pay, /collect_payment).
func payAction(op *payment.Op) bool {
	segs := strings.Split(strings.Trim(op.Path, "/"), "/")
	return len(segs) > 1 && payActionSegs[strings.ToLower(segs[len(segs)-1])]
}

// findRewaits summarises the package's waiters and finds the payments
// made again around their calls, in every file of the package.
func findRewaits(pass *analysis.Pass, opOf OpOf, idx *pkgIndex, finders []*finder, loops []*Loop) []*Recreate {
	waiters := map[*types.Func]*waiter{}
	for _, l := range loops {
		if l.f == nil {
			continue
		}
		if w := l.f.waiterOf(l); w != nil && waiters[w.fn] == nil {
			waiters[w.fn] = w
		}
	}
	exportWaiters(pass, waiters) // waiterfacts.go: for callers of other packages
	out := inlineRewaits(loops)  // rewaitinline.go
	if len(waiters) > 0 {
		out = append(out, waiterRewaits(pass, opOf, idx, finders, waiters)...)
	}
	if g, _ := pass.ResultOf[GiveUps].(*GiveUpIndex); g != nil {
		for _, f := range finders {
			out = append(out, f.helperRewaits(g)...) // helpergiveup.go
		}
	}
	out = append(out, statusCallRewaits(pass, opOf, idx, finders)...) // statuscall.go
	sort.Slice(out, func(i, j int) bool { return out[i].Create.Call.Pos() < out[j].Create.Call.Pos() })
	return out
}

// waiterRewaits finds the payments made again around calls of waiters,
// in every file of the package.
func waiterRewaits(pass *analysis.Pass, opOf OpOf, idx *pkgIndex, finders []*finder, waiters map[*types.Func]*waiter) []*Recreate {
	var out []*Recreate
	byFile := map[*ast.File]*finder{}
	for _, f := range finders {
		byFile[f.file] = f
	}
	for _, file := range pass.Files {
		f := byFile[file]
		if f == nil {
			f = newFinder(pass, opOf, file)
			f.pkg = idx
		}
		out = append(out, f.rewaits(waiters)...)
	}
	return out
}
