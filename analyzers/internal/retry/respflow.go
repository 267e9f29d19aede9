package retry

import (
	"go/ast"
	"go/token"
	"go/types"
)

// The walk of one attempt's answer through a retry helper's loop body
// (see respstatus.go).

// maxEnvs caps the paths followed at once.
const maxEnvs = 8

// stmts follows list from the states in: round when some path reaches
// the end of the loop body or a continue, leave when some path leaves the
// loop, ok false when a step cannot be followed. The first statement may
// be the call's own (its assignment is the start state).
func (fl *respFlow) stmts(list []ast.Stmt, in []env) (round, leave, ok bool) {
	cur := in
	for _, st := range list {
		if len(cur) == 0 {
			return round, leave, true
		}
		next, r, l, ok := fl.stmt(st, cur)
		if !ok {
			return false, false, false
		}
		round, leave, cur = round || r, leave || l, next
	}
	return round || len(cur) > 0, leave, true
}

// stmt follows one statement: the states falling through, and whether a
// path goes round (continue) or leaves.
func (fl *respFlow) stmt(st ast.Stmt, in []env) (out []env, round, leave, ok bool) {
	info := fl.r.pass.TypesInfo
	switch s := st.(type) {
	case *ast.ReturnStmt:
		return nil, false, true, true
	case *ast.BranchStmt:
		if s.Label != nil {
			return nil, false, false, false
		}
		switch s.Tok {
		case token.BREAK:
			return nil, false, true, true
		case token.CONTINUE:
			return nil, true, false, true
		}
		return nil, false, false, false
	case *ast.BlockStmt:
		return fl.block(s.List, in)
	case *ast.IfStmt:
		return fl.ifStmt(s, in)
	case *ast.AssignStmt:
		out, ok := fl.assign(s, in)
		return out, false, false, ok
	case *ast.ExprStmt:
		if call, isCall := s.X.(*ast.CallExpr); isCall {
			if id, isID := ast.Unparen(call.Fun).(*ast.Ident); isID && id.Name == "panic" {
				if _, builtin := info.Uses[id].(*types.Builtin); builtin {
					return nil, false, true, true
				}
			}
		}
		return in, false, false, true
	case *ast.SelectStmt:
		return fl.clauses(s.Body, nil, in)
	case *ast.TypeSwitchStmt:
		return fl.typeSwitch(s, in) // flowcarrier.go
	case *ast.SwitchStmt:
		if s.Tag == nil && s.Init == nil {
			return fl.condSwitch(s, in)
		}
		if mentionsAny(info, s.Tag, fl.tainted) || mentionsAny(info, s.Init, fl.tainted) {
			return nil, false, false, false
		}
		return fl.clauses(s.Body, fl.tainted, in)
	case *ast.DeclStmt, *ast.DeferStmt, *ast.EmptyStmt, *ast.IncDecStmt, *ast.GoStmt, *ast.SendStmt:
		return in, false, false, true
	case *ast.ForStmt, *ast.RangeStmt:
		if leavesInside(st) {
			return nil, false, false, false
		}
		return in, false, false, true
	}
	return nil, false, false, false
}

// block follows a nested block: its fall-through states.
func (fl *respFlow) block(list []ast.Stmt, in []env) (out []env, round, leave, ok bool) {
	cur := in
	for _, st := range list {
		if len(cur) == 0 {
			break
		}
		next, r, l, ok := fl.stmt(st, cur)
		if !ok {
			return nil, false, false, false
		}
		round, leave, cur = round || r, leave || l, next
	}
	return cur, round, leave, true
}

// ifStmt follows both branches, each from the states its condition can
// be true (or false) in.
func (fl *respFlow) ifStmt(s *ast.IfStmt, in []env) (out []env, round, leave, ok bool) {
	cur := in
	if s.Init != nil {
		if cur, ok = fl.assignOrSkip(s.Init, cur); !ok {
			return nil, false, false, false
		}
	}
	var thenIn, elseIn []env
	for _, e := range cur {
		t, f, ok := fl.cond(s.Cond, e)
		if !ok && fl.mayFork(s.Cond) {
			t, f, ok = true, true, true
			fl.forked = true
		}
		if !ok {
			return nil, false, false, false
		}
		if t {
			thenIn = append(thenIn, e)
		}
		if f {
			elseIn = append(elseIn, e)
		}
	}
	if len(thenIn) > 0 {
		o, r, l, ok := fl.block(s.Body.List, thenIn)
		if !ok {
			return nil, false, false, false
		}
		if l && fl.readsStatus(s.Cond) {
			fl.exits = append(fl.exits, s.Cond)
		}
		out, round, leave = append(out, o...), r, l
	}
	switch {
	case s.Else != nil && len(elseIn) > 0:
		o, r, l, ok := fl.stmt(s.Else, elseIn)
		if !ok {
			return nil, false, false, false
		}
		if l && fl.readsStatus(s.Cond) {
			fl.exits = append(fl.exits, s.Cond)
		}
		out, round, leave = append(out, o...), round || r, leave || l
	case s.Else == nil:
		out = append(out, elseIn...)
	}
	out = dedupe(out)
	if len(out) > maxEnvs {
		return nil, false, false, false
	}
	return out, round, leave, true
}

// mayFork: on a successful answer, a condition that reads neither the
// answer nor the error but something else the attempt read (the body
// bytes: if r.Out != nil && len(data) > 0 { return json.Unmarshal(data,
// r.Out) }) decides how the helper hands the success back, not whether
// it sends again: both branches are followed, and the walk holds only
// when every path then leaves (respStatuses checks fl.forked).
func (fl *respFlow) mayFork(cond ast.Expr) bool {
	if !fl.forkOnSuccess || fl.status < 200 || fl.status >= 300 {
		return false
	}
	return !mentionsAny(fl.r.pass.TypesInfo, cond, map[types.Object]bool{fl.resp: true, fl.err: true})
}

func dedupe(es []env) []env {
	seen := map[env]bool{}
	var out []env
	for _, e := range es {
		if !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	return out
}

// assignOrSkip applies an if's init statement (the callback's own
// assignment is the start state).
func (fl *respFlow) assignOrSkip(st ast.Stmt, in []env) ([]env, bool) {
	as, ok := st.(*ast.AssignStmt)
	if !ok {
		return nil, false
	}
	return fl.assign(as, in)
}

// assign tracks the error variable: nil, a new error (fmt.Errorf,
// errors.New, &T{…}), or unknown; the response must not be replaced.
func (fl *respFlow) assign(s *ast.AssignStmt, in []env) ([]env, bool) {
	if ast.Stmt(s) == fl.callStmt {
		return in, true
	}
	info := fl.r.pass.TypesInfo
	out := in
	for k, l := range s.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok {
			continue
		}
		switch info.ObjectOf(id) {
		case fl.resp:
			return nil, false
		case fl.err:
			st := errUnknown
			if len(s.Rhs) == len(s.Lhs) {
				st = fl.errOf(s.Rhs[k])
			}
			out = nil
			for _, e := range in {
				e.errState = st
				out = append(out, e)
			}
			out = dedupe(out)
		}
	}
	return out, true
}

// errOf is the state an error expression gives the error variable.
func (fl *respFlow) errOf(e ast.Expr) int {
	info := fl.r.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		if isNil(info, x) {
			return errNil
		}
	case *ast.UnaryExpr, *ast.CompositeLit:
		return errSet
	case *ast.CallExpr:
		if fn := fl.r.staticCallee(x); fn != nil && fn.Pkg() != nil {
			switch fn.Pkg().Path() + "." + fn.Name() {
			case "fmt.Errorf", "errors.New", "errors.Join":
				return errSet
			}
		}
	}
	return errUnknown
}

// clauses follows every clause of a switch or select (which one runs
// does not depend on the answer; tainted non-nil: case expressions must
// not read it). A break in a clause leaves the switch, not the loop.
func (fl *respFlow) clauses(body *ast.BlockStmt, tainted map[types.Object]bool, in []env) (out []env, round, leave, ok bool) {
	info := fl.r.pass.TypesInfo
	hasDefault := tainted == nil // a select blocks until a case runs
	for _, cl := range body.List {
		var list []ast.Stmt
		switch c := cl.(type) {
		case *ast.CaseClause:
			for _, e := range c.List {
				if mentionsAny(info, e, tainted) {
					return nil, false, false, false
				}
			}
			hasDefault = hasDefault || c.List == nil
			list = c.Body
		case *ast.CommClause:
			list = c.Body
		}
		list, ok := clauseStmts(list)
		if !ok {
			return nil, false, false, false
		}
		o, r, l, ok := fl.block(list, in)
		if !ok {
			return nil, false, false, false
		}
		out, round, leave = append(out, o...), round || r, leave || l
	}
	if !hasDefault {
		out = append(out, in...)
	}
	return dedupe(out), round, leave, true
}

// clauseStmts returns a clause's statements without a trailing break
// (which leaves the switch, not the loop); ok false when a break or
// fallthrough elsewhere in it would be followed wrongly.
func clauseStmts(list []ast.Stmt) ([]ast.Stmt, bool) {
	if n := len(list); n > 0 {
		if br, isBr := list[n-1].(*ast.BranchStmt); isBr && br.Tok == token.BREAK && br.Label == nil {
			list = list[:n-1]
		}
	}
	return list, !containsBranch(list)
}

// containsBranch: a break or fallthrough inside a clause other than at
// its end, whose target this walk would get wrong.
func containsBranch(list []ast.Stmt) bool {
	found := false
	for _, st := range list {
		ast.Inspect(st, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.SelectStmt, *ast.TypeSwitchStmt:
				return false
			case *ast.BranchStmt:
				if x.Tok == token.BREAK || x.Tok == token.FALLTHROUGH {
					found = true
				}
			}
			return !found
		})
	}
	return found
}

// leavesInside: a nested loop that may return or jump out.
func leavesInside(st ast.Stmt) bool {
	found := false
	ast.Inspect(st, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			found = true
		case *ast.BranchStmt:
			found = found || x.Label != nil || x.Tok == token.GOTO
		case *ast.CallExpr:
			if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok && id.Name == "panic" {
				found = true
			}
		}
		return !found
	})
	return found
}

// readsStatus: e reads the answer's status.
func (fl *respFlow) readsStatus(e ast.Expr) bool {
	v, _ := fl.resp.(*types.Var)
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.SelectorExpr:
			found = found || isVar(fl.r.pass.TypesInfo, StatusRead(fl.r.pass.TypesInfo, x), v)
		case *ast.CallExpr:
			if recv, holds := StatusTest(fl.r.pass.TypesInfo, x); holds != nil {
				found = found || isVar(fl.r.pass.TypesInfo, recv, v)
			}
		}
		return !found
	})
	return found
}

// cond says whether e can be true and can be false for the current
// status on a path with state st; ok false when e reads what the attempt
// changed in a way not evaluated. A condition on nothing the attempt
// changed (an attempt cap, ctx.Err()) can go both ways.
func (fl *respFlow) cond(e ast.Expr, st env) (canT, canF, ok bool) {
	info := fl.r.pass.TypesInfo
	e = ast.Unparen(e)
	if !mentionsAny(info, e, fl.tainted) {
		return true, true, true
	}
	switch x := e.(type) {
	case *ast.UnaryExpr:
		if x.Op == token.NOT {
			t, f, ok := fl.cond(x.X, st)
			return f, t, ok
		}
	case *ast.BinaryExpr:
		switch x.Op {
		case token.LAND:
			lt, lf, ok := fl.cond(x.X, st)
			if !ok || !lt {
				return false, lf, ok
			}
			rt, rf, ok := fl.cond(x.Y, st)
			return rt, lf || rf, ok
		case token.LOR:
			lt, lf, ok := fl.cond(x.X, st)
			if !ok || !lf {
				return lt, false, ok
			}
			rt, rf, ok := fl.cond(x.Y, st)
			return lt || rt, rf, ok
		case token.EQL, token.NEQ:
			if v, ok := fl.nilTest(x, st); ok {
				return v, !v, true
			}
		}
	}
	if st.errState == errNil && fl.takesCarrier(e) {
		return false, true, true // a nil error carries nothing (flowcarrier.go)
	}
	if v, isStatus, ok := fl.failureHolds(e); ok {
		fl.anyStatusCond = fl.anyStatusCond || isStatus
		return v, !v, true
	}
	resp, _ := fl.resp.(*types.Var)
	if resp == nil {
		return false, false, false
	}
	v, ok := fl.r.statusHolds(e, resp, fl.status)
	if !ok {
		return false, false, false
	}
	fl.anyStatusCond = true
	return v, !v, true
}

// nilTest evaluates err == nil, err != nil, resp != nil (the answer is
// there: the error is nil).
func (fl *respFlow) nilTest(b *ast.BinaryExpr, st env) (bool, bool) {
	info := fl.r.pass.TypesInfo
	x, y := ast.Unparen(b.X), ast.Unparen(b.Y)
	if isNil(info, x) {
		x, y = y, x
	}
	id, ok := x.(*ast.Ident)
	if !ok || !isNil(info, y) {
		return false, false
	}
	var isNilNow bool
	switch info.ObjectOf(id) {
	case fl.resp:
		isNilNow = false
	case fl.err:
		switch st.errState {
		case errNil:
			isNilNow = true
		case errSet:
			isNilNow = false
		default:
			return false, false
		}
	default:
		return false, false
	}
	if b.Op == token.EQL {
		return isNilNow, true
	}
	return !isNilNow, true
}

// condSwitch follows a tagless switch as the if-else chain it is: a
// clause runs in the states its cases can be true in and the cases
// before it false; default in those left.
func (fl *respFlow) condSwitch(s *ast.SwitchStmt, in []env) (out []env, round, leave, ok bool) {
	rest := in
	var def *ast.CaseClause
	for _, st := range s.Body.List {
		cl := st.(*ast.CaseClause)
		if cl.List == nil {
			def = cl
			continue
		}
		var mine, left []env
		for _, e := range rest {
			t, f, ok := fl.casesHold(cl.List, e)
			if !ok {
				return nil, false, false, false
			}
			if t {
				mine = append(mine, e)
			}
			if f {
				left = append(left, e)
			}
		}
		o, r, l, ok := fl.clauseBody(cl, mine)
		if !ok {
			return nil, false, false, false
		}
		out, round, leave, rest = append(out, o...), round || r, leave || l, left
	}
	if def != nil {
		o, r, l, ok := fl.clauseBody(def, rest)
		if !ok {
			return nil, false, false, false
		}
		out, round, leave = append(out, o...), round || r, leave || l
	} else {
		out = append(out, rest...)
	}
	return dedupe(out), round, leave, true
}

// casesHold evaluates a clause's cases (any of them).
func (fl *respFlow) casesHold(list []ast.Expr, e env) (canT, canF bool, ok bool) {
	canF = true
	for _, x := range list {
		t, f, ok := fl.cond(x, e)
		if !ok {
			return false, false, false
		}
		canT, canF = canT || t, canF && f
	}
	return canT, canF, true
}

// clauseBody follows one clause from states in; a leaving clause whose
// cases read the status is an exit on it.
func (fl *respFlow) clauseBody(cl *ast.CaseClause, in []env) (out []env, round, leave, ok bool) {
	if len(in) == 0 {
		return nil, false, false, true
	}
	list, ok := clauseStmts(cl.Body)
	if !ok {
		return nil, false, false, false
	}
	out, round, leave, ok = fl.block(list, in)
	if ok && leave {
		for _, x := range cl.List {
			if fl.readsStatus(x) {
				fl.exits = append(fl.exits, x)
			}
		}
	}
	return out, round, leave, ok
}
