package poll

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/varflow"
)

// ---- creating again around a poll helper -------------------------------------
//
// The poll and the creation can sit on two sides of a helper boundary:
//
//	for attempt := 0; attempt < 3; attempt++ {
//		ch, err := psp.CreateCharge(ctx, …)
//		…
//		err = pollx.Until(ctx, 2*time.Second, func(ctx context.Context) (bool, error) {
//			c, err := psp.GetCharge(ctx, ch.ID)
//			return c.Status == "succeeded", err
//		})
//		if err == nil {
//			return nil
//		}
//	}
//
// The helper gives up (its bound, a failed read) while the charge may
// still be pending, and the loop goes round and creates another: the
// buyer can pay twice. Recognised when the helper's poll (a Helper loop,
// whose callback reports done) reads the status of the payment created
// earlier in the same pass of an enclosing for loop, and the pass can go
// round after the helper returned an error. Silent when the loop ranges
// over orders (one payment each), when the error path leaves the loop,
// and when the callback ends the poll on a failed state (creating again
// after a terminal failure is the advice).

// Recreate is a payment created on every pass of a loop that then waits
// for it through a poll helper and goes round when the helper gives up.
type Recreate struct {
	// Create is the creation; Outer the enclosing for statement, or the
	// call of a retry helper whose callback creates and waits.
	Create *payment.Op
	Outer  ast.Node
	// By names the outer loop: "the loop", "retryx.Do".
	By string
	// Poll is the helper's poll of the created payment.
	Poll *Loop
	// Wait, when set, is the call of a function of the package that
	// polls the payment (Poll) and gives up while it is pending; Via
	// names that function (rewait.go).
	Wait *ast.CallExpr
	Via  string
}

// maxIDHops bounds the locals followed from the polled id back to the
// creation (id := ch.ID).
const maxIDHops = 4

// Recreates returns the creations around the poll helpers of loops.
func Recreates(loops []*Loop) []*Recreate {
	var out []*Recreate
	for _, l := range loops {
		if l.Kind != Helper || l.f == nil || l.helper == nil || !l.helper.DoneBool && !l.helper.HasDoneParam {
			continue
		}
		if rc := l.f.recreateAround(l); rc != nil {
			out = append(out, rc)
		}
	}
	return out
}

func (f *finder) recreateAround(l *Loop) *Recreate {
	call, ok := l.Node.(*ast.CallExpr)
	if !ok {
		return nil
	}
	if outer, stmt := f.outerFor(call); outer != nil {
		create := f.createOf(l.ID(), outer.Body, call)
		if create == nil {
			create = f.callerIDCreate(f.polledVar(l.ID()), outer, call) // callerid.go
		}
		if create == nil || f.perItem(outer, create.Call) || !f.goesRound(outer.Body, stmt, call, f.failureErrors(l)) {
			return nil
		}
		if !f.pendingLost(l, outer.Body, call) {
			return nil
		}
		return &Recreate{Create: create, Outer: outer, By: "the loop", Poll: l}
	}
	if retry, lit, stmt := f.outerRetry(call); retry != nil {
		create := f.createOf(l.ID(), lit.Body, call)
		if create == nil || !f.errorReturned(stmt, call) {
			return nil
		}
		if !f.pendingLost(l, lit.Body, call) {
			return nil
		}
		return &Recreate{Create: create, Outer: retry, By: payment.HelperName(f.calleeFunc(retry)), Poll: l}
	}
	return nil
}

// pendingLost: when the helper gives up, the payment created in the pass
// (body) may still be pending and the next pass makes another.
// Not when the helper's callback ends on a failed state, or it is handed
// its done predicate (it leaves with an error only when its bound ends
// the wait), unless that bound is one of its own or a timeout the pass
// gave it, not the caller's whole context (then the next creation fails
// too); not when the pass cancels the payment it waited for before going
// round (releasedfirst.go).
func (f *finder) pendingLost(l *Loop, body *ast.BlockStmt, call *ast.CallExpr) bool {
	if (l.endsOnFailure() || l.helper.HasDoneParam) && !f.givesUpPending(l, body) {
		return false
	}
	if id := l.ID(); id != nil {
		if idVar := f.varOf(rootOf(f.formatted(wrappedID(id)))); idVar != nil && f.releasedAfter(body, call, idVar) {
			return false
		}
	}
	return true
}

// outerRetry returns the call of a retry helper (again after an error)
// whose callback literal holds call directly, the literal, and the
// statement of its body that holds call.
func (f *finder) outerRetry(call *ast.CallExpr) (*ast.CallExpr, *ast.FuncLit, ast.Stmt) {
	var lit *ast.FuncLit
	for n := f.parent[call]; n != nil && lit == nil; n = f.parent[n] {
		switch x := n.(type) {
		case *ast.FuncDecl, *ast.ForStmt, *ast.RangeStmt:
			return nil, nil, nil
		case *ast.FuncLit:
			lit = x
		}
	}
	if lit == nil || f.helpers == nil {
		return nil, nil, nil
	}
	rc, ok := f.parent[lit].(*ast.CallExpr)
	if !ok {
		return nil, nil, nil
	}
	h := f.helpers.Helper(f.calleeFunc(rc))
	if h == nil || !h.AgainAfterError || h.DoneBool || h.Param >= len(rc.Args) || unparen(rc.Args[h.Param]) != lit {
		return nil, nil, nil
	}
	return rc, lit, f.stmtIn(lit.Body, call)
}

// errorReturned: the retry callback returns the poll helper's error (return
// pollx.Until(…), or if err := pollx.Until(…); err != nil { return err }),
// so the retry helper goes round and the callback creates again.
func (f *finder) errorReturned(stmt ast.Stmt, call *ast.CallExpr) bool {
	switch x := stmt.(type) {
	case *ast.ReturnStmt:
		return len(x.Results) > 0 && unparen(x.Results[len(x.Results)-1]) == call
	case *ast.IfStmt:
		as, ok := x.Init.(*ast.AssignStmt)
		errVar := f.resultVar(call)
		if !ok || errVar == nil || !within(call, as) || x.Else != nil {
			return false
		}
		b, ok := unparen(x.Cond).(*ast.BinaryExpr)
		if !ok || b.Op != token.NEQ || f.varOf(b.X) != errVar || !isNilIdent(unparen(b.Y)) || len(x.Body.List) != 1 {
			return false
		}
		r, ok := x.Body.List[0].(*ast.ReturnStmt)
		return ok && len(r.Results) > 0 && f.varOf(r.Results[len(r.Results)-1]) == errVar
	}
	return false
}

// endsOnFailure: the callback ends the poll on a failed state.
func (l *Loop) endsOnFailure() bool {
	for _, e := range l.Exits {
		if l.AfterTerminalFailure(e.Node) {
			return true
		}
	}
	return false
}

// outerFor returns the innermost for statement (not a range) around call
// in the same function, and the statement of its body that holds call.
func (f *finder) outerFor(call ast.Node) (*ast.ForStmt, ast.Stmt) {
	var child ast.Node = call
	for n := f.parent[call]; n != nil; child, n = n, f.parent[n] {
		switch x := n.(type) {
		case *ast.FuncLit, *ast.FuncDecl, *ast.RangeStmt:
			return nil, nil
		case *ast.ForStmt:
			if child != x.Body {
				return nil, nil // in the condition or post statement
			}
			return x, f.stmtIn(x.Body, call)
		}
	}
	return nil, nil
}

// perItem: the loop counts items, not attempts: the creation takes an
// item by the counter (amounts[i]) or a number made from it (installment
// i+1), or the loop runs up to a length (i < len(orders)). A counter only
// formatted into a reference or key (fmt.Sprintf("inv-%s-%d", id,
// attempt)) counts attempts: each pass creates the same payment again
// under a new name.
func (f *finder) perItem(outer *ast.ForStmt, create *ast.CallExpr) bool {
	if outer.Post == nil {
		return false
	}
	counters := map[*types.Var]bool{}
	ast.Inspect(outer.Post, func(n ast.Node) bool {
		if e, ok := n.(ast.Expr); ok {
			if v := f.varOf(e); v != nil {
				counters[v] = true
			}
		}
		return true
	})
	for v := range counters {
		if outer.Cond != nil && f.mentions(outer.Cond, v) && callsLen(outer.Cond) {
			return true
		}
		for _, a := range create.Args {
			if f.indexedBy(a, v) || f.mentions(a, v) && !isString(f.info.TypeOf(a)) && !f.attemptArg(outer, create, a, v) && !f.counterPrinted(outer, a, v) { // attemptarg.go, printedcounter.go
				return true
			}
		}
	}
	return false
}

// indexedBy: e indexes something with v (amounts[i], orders[i].Total).
func (f *finder) indexedBy(e ast.Expr, v *types.Var) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if ix, ok := n.(*ast.IndexExpr); ok && f.mentions(ix.Index, v) {
			found = true
		}
		return !found
	})
	return found
}

// callsLen: e calls the builtin len.
func callsLen(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok && calleeName(c) == "len" {
			found = true
		}
		return !found
	})
	return found
}

// stmtIn returns the statement of block that holds n.
func (f *finder) stmtIn(block *ast.BlockStmt, n ast.Node) ast.Stmt {
	for _, s := range block.List {
		if within(n, s) {
			return s
		}
	}
	return nil
}

// createOf returns the creation, in body before call, of the payment
// whose id is polled: id is (derived from) a variable assigned the
// creation's result.
func (f *finder) createOf(id ast.Expr, body *ast.BlockStmt, call ast.Node) *payment.Op {
	for hop := 0; hop < maxIDHops && id != nil; hop++ {
		v := f.varOf(rootOf(id))
		if v == nil {
			return nil
		}
		rhs := f.valueIn(v, body, call)
		if rhs == nil {
			return nil
		}
		if c, ok := unparen(rhs).(*ast.CallExpr); ok {
			// A payout or refund counts too: the id polled is its own,
			// so creating it again sends the money twice.
			if op := f.ops[c]; op != nil && op.Kind.Has(payment.Create) {
				return op
			}
			return nil
		}
		id = rhs
	}
	return nil
}

// rootOf strips field selections and dereferences: ch.ID -> ch.
func rootOf(e ast.Expr) ast.Expr { return varflow.Root(e) }

// valueIn returns the one value v is given in body before call (its
// definition or an assignment), or nil when there is none or several.
func (f *finder) valueIn(v *types.Var, body *ast.BlockStmt, call ast.Node) ast.Expr {
	var val ast.Expr
	known := true
	f.eachAssign(v, func(as *ast.AssignStmt, i int) bool {
		if !within(as, body) || as.Pos() > call.Pos() {
			return true
		}
		switch {
		case len(as.Rhs) == len(as.Lhs):
			val = as.Rhs[i]
		case len(as.Rhs) == 1 && i == 0:
			val = as.Rhs[0] // ch, err := create(…)
		default:
			known = false
		}
		return known
	})
	if !known {
		return nil
	}
	return val
}

// eachAssign calls fn with every statement that gives v a value, its
// definition first, and v's index among the statement's left-hand
// sides, until fn answers false.
func (f *finder) eachAssign(v *types.Var, fn func(as *ast.AssignStmt, i int) bool) {
	var stmts []ast.Node
	if id := f.defs[v]; id != nil {
		stmts = append(stmts, f.parent[id])
	}
	stmts = append(stmts, f.assigns[v]...)
	for _, s := range stmts {
		as, ok := s.(*ast.AssignStmt)
		if !ok {
			continue
		}
		for i, lhs := range as.Lhs {
			if f.varOf(lhs) == v && !fn(as, i) {
				return
			}
		}
	}
}

// goesRound: after stmt (which holds the helper call) the pass can reach
// the loop's next round when the helper returned an error other than the
// callback's failure errors (failures).
func (f *finder) goesRound(body *ast.BlockStmt, stmt ast.Stmt, call *ast.CallExpr, failures map[types.Object]bool) bool {
	if stmt == nil {
		return false
	}
	errVar := f.resultVar(call)
	i := 0
	for i < len(body.List) && body.List[i] != stmt {
		i++
	}
	for _, s := range body.List[i:] {
		switch x := s.(type) {
		case *ast.ReturnStmt:
			return false
		case *ast.BranchStmt:
			if x.Tok != token.CONTINUE || x.Label != nil {
				return false
			}
			return true
		case *ast.ExprStmt:
			if c, ok := x.X.(*ast.CallExpr); ok && calleeName(c) == "panic" {
				return false
			}
		case *ast.IfStmt:
			switch f.errorPathAt(x, errVar, failures) {
			case errLeaves:
				return false
			case errRounds:
				return true
			}
		case *ast.BlockStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt, *ast.LabeledStmt:
			return false // not followed: stay silent
		}
	}
	return true
}

// resultVar returns the variable the helper's error is assigned to, or
// nil when it is dropped.
func (f *finder) resultVar(call *ast.CallExpr) *types.Var {
	as, ok := f.parent[call].(*ast.AssignStmt)
	if !ok || len(as.Lhs) == 0 {
		return nil
	}
	return f.varOf(as.Lhs[len(as.Lhs)-1])
}

// errorPath is what an if statement does with the helper's error path.
type errorPath int

const (
	errPasses errorPath = iota // goes on to the next statement
	errRounds                  // goes round (if err != nil { continue })
	errLeaves                  // leaves the loop, or not followed
)

// errorPathAt: what the if statement does when the helper failed. It
// leaves only when the error is nil (if err == nil { return nil }), or
// its condition does not look at the error and it may fall through:
// the error path passes.
func (f *finder) errorPathAt(x *ast.IfStmt, errVar *types.Var, failures map[types.Object]bool) errorPath {
	leaves := blockLeaves(x.Body)
	if x.Else != nil {
		if blk, ok := x.Else.(*ast.BlockStmt); !ok || leaves && blockLeaves(blk) {
			return errLeaves
		}
	}
	if errVar == nil || !f.mentions(x.Cond, errVar) {
		return errPasses
	}
	if x.Else == nil && f.successOrSentinel(x.Cond, errVar, failures) {
		// if err == nil || errors.Is(err, ErrDeclined) { return err }: a
		// wait that gave up (its timeout, a failed read) passes.
		return errPasses
	}
	b, ok := unparen(x.Cond).(*ast.BinaryExpr)
	if !ok || f.varOf(b.X) != errVar || !isNilIdent(unparen(b.Y)) {
		return errLeaves // errors.Is(err, …), compound conditions: not followed
	}
	switch {
	case b.Op == token.EQL && x.Else == nil:
		return errPasses // only the success path can leave here
	case b.Op == token.NEQ && blockLeavesAnywhere(x.Body):
		return errLeaves
	case b.Op == token.NEQ && endsInContinue(x.Body):
		return errRounds
	case b.Op == token.NEQ:
		return errPasses
	}
	return errLeaves
}

// endsInContinue: the block ends with an unlabeled continue.
func endsInContinue(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	br, ok := b.List[len(b.List)-1].(*ast.BranchStmt)
	return ok && br.Tok == token.CONTINUE && br.Label == nil
}

// mentions: e uses v.
func (f *finder) mentions(e ast.Expr, v *types.Var) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && f.varOf(id) == v {
			found = true
		}
		return !found
	})
	return found
}

// blockLeaves: the block's last statement leaves the loop (return,
// break, goto, panic, a labeled continue).
func blockLeaves(b *ast.BlockStmt) bool {
	if b == nil || len(b.List) == 0 {
		return false
	}
	return leavesLoop(b.List[len(b.List)-1])
}

// blockLeavesAnywhere: some statement of the block, at any depth outside
// function literals, leaves the loop.
func blockLeavesAnywhere(b *ast.BlockStmt) bool {
	found := false
	ast.Inspect(b, func(n ast.Node) bool {
		if _, lit := n.(*ast.FuncLit); lit {
			return false
		}
		if s, ok := n.(ast.Stmt); ok && leavesLoop(s) {
			found = true
		}
		return !found
	})
	return found
}

func leavesLoop(s ast.Stmt) bool {
	switch x := s.(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return x.Tok == token.BREAK || x.Tok == token.GOTO || x.Label != nil
	case *ast.ExprStmt:
		c, ok := x.X.(*ast.CallExpr)
		return ok && calleeName(c) == "panic"
	}
	return false
}

func isString(t types.Type) bool {
	b, ok := t.(*types.Basic)
	if t != nil && !ok {
		b, ok = t.Underlying().(*types.Basic)
	}
	return ok && b.Info()&types.IsString != 0
}
