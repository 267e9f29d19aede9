package retrycond

import (
	"errors"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/retry"
)

// errUnknown stops a walk: the code steers the retry in a way the rule
// cannot read, so it stays silent.
var errUnknown = errors.New("unknown")

// verdict says what a return statement of a retried operation does.
type verdict int

const (
	unknown verdict = iota
	stop            // ends the retries (success, or a permanent error)
	again           // asks for another attempt
)

// walker follows the outcomes of the retried call through the statements
// after it, collecting those that go round again.
type walker struct {
	w *world
	// loop: the construct is a for loop (continue retries, falling off
	// the end of the body retries); label is its label, if any.
	loop  bool
	label string
	// ret classifies a return statement (library operations and
	// retryablehttp's CheckRetry); nil for loops, where a return leaves.
	ret func(*ast.ReturnStmt) verdict
	// retCond, when set, returns the condition a return statement that
	// ret cannot classify retries on (CheckRetry's return resp.StatusCode
	// >= 400, nil): the outcomes for which it holds go round again.
	retCond func(*ast.ReturnStmt) ast.Expr

	// argErr returns the response handed to a function that errs on
	// every 4xx/5xx of it (return statusErr(resp)), or nil.
	argErr func(*ast.CallExpr) ast.Expr
	// requeue, when set, says whether a call hands the message back to
	// its broker to be delivered again (requeue.go): the outcomes that
	// reach it go round again.
	requeue func(*ast.CallExpr) bool
	// effect, when set, judges a plain statement reached by the outcomes
	// alive (rows.go: a status given to the row on a failure's way stops
	// the walk).
	effect func(ast.Stmt, set) error

	retried set
	// blame is, per outcome, the condition that sent it round again.
	blame map[int]ast.Node
	guard []ast.Node // status conditions enclosing the current statement
	// via is, per outcome, the last status condition or case that told
	// it apart from others on its way.
	via map[int]ast.Node
}

func newWalker(w *world) *walker {
	return &walker{w: w, blame: map[int]ast.Node{}, via: map[int]ast.Node{}}
}

// passed records that the outcomes of s were told apart at n.
func (k *walker) passed(s set, n ast.Node) {
	for i := range k.w.outcomes {
		if s.has(i) {
			k.via[i] = n
		}
	}
}

// retry marks the outcomes of s as retried, at the innermost condition.
func (k *walker) retry(s set, at ast.Node) {
	for i := range k.w.outcomes {
		if s.has(i) && !k.retried.has(i) {
			k.retried |= 1 << uint(i)
			if len(k.guard) > 0 {
				k.blame[i] = k.guard[len(k.guard)-1]
			} else if k.via[i] != nil {
				k.blame[i] = k.via[i]
			} else {
				k.blame[i] = at
			}
		}
	}
}

// stmts walks a statement list with the outcomes alive at its start and
// returns those that reach its end. inSwitch: an unlabelled break leaves
// a switch, not the loop.
func (k *walker) stmts(list []ast.Stmt, alive set, inSwitch bool) (set, error) {
	for _, st := range list {
		if alive == 0 {
			return 0, nil
		}
		var err error
		alive, err = k.stmt(st, alive, inSwitch)
		if err != nil {
			return 0, err
		}
	}
	return alive, nil
}

func (k *walker) stmt(st ast.Stmt, alive set, inSwitch bool) (set, error) {
	if err := k.sideEffect(st, alive); err != nil {
		return 0, err
	}
	switch s := st.(type) {
	case *ast.BlockStmt:
		return k.stmts(s.List, alive, inSwitch)
	case *ast.LabeledStmt:
		return k.stmt(s.Stmt, alive, inSwitch)
	case *ast.IfStmt:
		return k.ifStmt(s, alive, inSwitch)
	case *ast.SwitchStmt:
		return k.switchStmt(s, alive)
	case *ast.BranchStmt:
		switch {
		case s.Tok == token.CONTINUE && k.loop && (s.Label == nil || s.Label.Name == k.label):
			k.retry(alive, s)
			return 0, nil
		case s.Tok == token.BREAK && s.Label == nil && inSwitch:
			return 0, errUnknown // leaves the switch: handled by switchStmt
		case s.Tok == token.BREAK, s.Tok == token.GOTO, s.Tok == token.CONTINUE:
			return 0, nil // leaves the construct
		}
		return 0, errUnknown
	case *ast.ReturnStmt:
		if k.requeues(s) { // return d.Nack(false, true)
			k.retry(alive, s)
			return 0, nil
		}
		if k.ret == nil {
			return 0, nil
		}
		switch k.ret(s) {
		case again:
			k.retry(alive, s)
			return 0, nil
		case stop:
			return 0, nil
		}
		if yes, ok := k.argErrSplit(s, alive); ok {
			k.retry(yes, s)
			return 0, nil
		}
		if k.retCond != nil {
			if cond := k.retCond(s); cond != nil {
				if yes, _, ok := k.w.split(cond, alive); ok {
					k.retry(yes, s)
					return 0, nil
				}
			}
		}
		return 0, errUnknown
	case *ast.ExprStmt:
		if retry.IsExit(s.X) {
			return 0, nil
		}
		if k.requeues(s) {
			k.retry(alive, s)
			return 0, nil
		}
	case *ast.AssignStmt:
		if k.requeues(s) {
			k.retry(alive, s)
			return 0, nil
		}
	case *ast.SelectStmt:
		return k.selectStmt(s, alive) // selectwait.go: a wait that a cancelled context ends
	case *ast.ForStmt, *ast.RangeStmt, *ast.TypeSwitchStmt, *ast.GoStmt:
		if k.steers(s) {
			return 0, errUnknown
		}
	}
	return alive, nil
}

func (k *walker) ifStmt(s *ast.IfStmt, alive set, inSwitch bool) (set, error) {
	yes, no, ok := k.w.split(s.Cond, alive)
	pure := false // a test of no outcome (attempt < 2): both branches
	if !ok {
		yes, no, pure, ok = k.w.splitFree(s.Cond, alive)
	}
	if !ok {
		if k.successOnly(alive) {
			return alive, nil // okopaque.go
		}
		if k.steers(s.Body) || (s.Else != nil && k.steers(s.Else)) {
			return 0, errUnknown
		}
		return alive, nil
	}
	// A test of the stripe error's type decides the types' fate even when
	// every type alive falls on one side (a decline tested on a refund,
	// which Stripe never declines): the invalid requests go round there.
	split := !pure && (yes&^no != 0 && no&^yes != 0 || k.w.testsStripeType(s.Cond)) // before the branches: an else that returns empties no
	if !pure {
		k.guard = append(k.guard, s.Cond)
	}
	out, err := k.stmts(s.Body.List, yes, inSwitch)
	if err != nil {
		return 0, err
	}
	if s.Else != nil {
		no, err = k.stmt(s.Else, no, inSwitch)
		if err != nil {
			return 0, err
		}
	}
	if !pure {
		k.guard = k.guard[:len(k.guard)-1]
	}
	if split {
		k.passed(out|no, s.Cond)
	}
	return out | no, nil
}

// switchStmt walks a switch on the status (or with conditions on it):
// the first matching case takes an outcome; default takes the rest.
func (k *walker) switchStmt(s *ast.SwitchStmt, alive set) (set, error) {
	rest := alive
	var def *ast.CaseClause
	var out set
	for _, c := range s.Body.List {
		cc := c.(*ast.CaseClause)
		if cc.List == nil {
			def = cc
			continue
		}
		var match set
		for _, e := range cc.List {
			cond := e
			if s.Tag != nil {
				cond = &ast.BinaryExpr{X: s.Tag, Op: token.EQL, Y: e, OpPos: e.Pos()}
			}
			yes, _, ok := k.w.split(cond, rest&^match)
			if !ok {
				return k.opaqueSwitch(s, alive)
			}
			match |= yes
		}
		rest &^= match
		if match != alive {
			k.passed(match, cc)
		}
		got, err := k.clause(cc, match)
		if err != nil {
			return 0, err
		}
		out |= got
	}
	if def != nil {
		if rest != alive {
			k.passed(rest, def)
		}
		got, err := k.clause(def, rest)
		if err != nil {
			return 0, err
		}
		return out | got, nil
	}
	return out | rest, nil
}

func (k *walker) clause(cc *ast.CaseClause, s set) (set, error) {
	if s == 0 {
		return 0, nil
	}
	k.guard = append(k.guard, cc)
	defer func() { k.guard = k.guard[:len(k.guard)-1] }()
	body := cc.Body
	// A trailing unlabelled break only leaves the switch.
	if n := len(body); n > 0 {
		if b, ok := body[n-1].(*ast.BranchStmt); ok && b.Tok == token.BREAK && b.Label == nil {
			body = body[:n-1]
		}
	}
	return k.stmts(body, s, true)
}

func (k *walker) opaqueSwitch(s *ast.SwitchStmt, alive set) (set, error) {
	if k.steers(s.Body) {
		return 0, errUnknown
	}
	return alive, nil
}

// sideEffect asks effect about a statement that is not control flow (and
// about the init of an if or switch).
func (k *walker) sideEffect(st ast.Stmt, alive set) error {
	if k.effect == nil {
		return nil
	}
	switch s := st.(type) {
	case *ast.IfStmt:
		if s.Init != nil {
			return k.effect(s.Init, alive)
		}
	case *ast.SwitchStmt:
		if s.Init != nil {
			return k.effect(s.Init, alive)
		}
	case *ast.ExprStmt, *ast.AssignStmt, *ast.DeclStmt, *ast.DeferStmt, *ast.GoStmt, *ast.SendStmt, *ast.IncDecStmt:
		return k.effect(st, alive)
	}
	return nil
}

// argErrSplit reads `return statusErr(resp)`: a helper that errs on every
// 4xx/5xx of the retried call's response asks for another attempt on
// those (on 2xx it stops, or errs on a status that is no failure).
func (k *walker) argErrSplit(r *ast.ReturnStmt, alive set) (set, bool) {
	if k.argErr == nil || len(r.Results) == 0 {
		return 0, false
	}
	call, ok := ast.Unparen(r.Results[len(r.Results)-1]).(*ast.CallExpr)
	if !ok {
		return 0, false
	}
	if resp := k.argErr(call); resp == nil || !k.w.isResp(resp) {
		return 0, false
	}
	var yes set
	for i, o := range k.w.outcomes {
		if alive.has(i) && o.status >= 400 {
			yes |= 1 << uint(i)
		}
	}
	return yes, true
}

// newPredicateWalker walks a retry predicate that answers with one bool
// (resty's retry condition, retry-go's RetryIf): return true retries,
// return false stops, and a computed answer is evaluated per outcome.
func newPredicateWalker(info *types.Info, w *world) *walker {
	k := newWalker(w)
	k.ret = func(r *ast.ReturnStmt) verdict {
		if len(r.Results) == 1 {
			return boolLiteral(info, r.Results[0])
		}
		return unknown
	}
	k.retCond = func(r *ast.ReturnStmt) ast.Expr {
		if len(r.Results) == 1 {
			return r.Results[0]
		}
		return nil
	}
	return k
}

// boolLiteral is again for the literal true, stop for false, unknown for
// anything computed.
func boolLiteral(info *types.Info, e ast.Expr) verdict {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		switch info.Uses[id] {
		case types.Universe.Lookup("true"):
			return again
		case types.Universe.Lookup("false"):
			return stop
		}
	}
	return unknown
}
