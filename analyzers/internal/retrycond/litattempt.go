package retrycond

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// ---- an attempt written as a function literal called in the loop ---------------
//
//	for {
//		err := func() error {
//			resp, err := client.Do(req)
//			…
//			if resp.StatusCode != http.StatusNoContent {
//				return fmt.Errorf("payment failed")
//			}
//			return nil
//		}()
//		if err != nil && n < 5 { n++; continue }
//		break
//	}
//
// The status is told apart inside the literal, and the loop only sees the
// literal's error: check found no statement of the loop body assigning
// the send's results and read nothing. The literal is read as a retry
// library's operation is (a returned error asks for another attempt, nil
// stops), and the loop's statements after it as what it does with that
// error: when a failed attempt can go round (continue, or the end of the
// body) and a successful one always leaves, the outcomes the literal
// fails on are retried, blamed on the literal's condition. Silent when the
// loop reads the error in any other way (errors.Is, a field), tests a
// variable the literal sets, or steers in a way this walk does not read;
// and for sends other than plain HTTP (SDKs, wrappers), which check keeps.

// litAttempt is such a literal and the error variable it is assigned to.
type litAttempt struct {
	lit  *ast.FuncLit
	err  types.Object
	tail []ast.Stmt // the loop body's statements after the assignment
	// cond is the If whose Init assigns the literal (if err := f(); …).
	cond *ast.IfStmt
}

// literalAttempt judges construct c when op is sent inside a function
// literal called at the top level of c's loop body.
func literalAttempt(pass *analysis.Pass, op *payment.Op, c *retry.Construct) (ast.Node, string) {
	if c.Kind != retry.Loop || op.Method == "" || op.Via != nil {
		return nil, ""
	}
	body := regionBody(c.Region)
	if body == nil {
		return nil, ""
	}
	la := findLitAttempt(pass.TypesInfo, body, op.Call)
	if la == nil {
		return nil, ""
	}
	i, results := callStmt(la.lit.Body, op.Call)
	if i < 0 {
		return nil, ""
	}
	w := newWorld(pass.TypesInfo, httpOutcomes)
	w.opCall = op.Call
	w.bind(results, la.lit.Body)
	if len(w.respVars) == 0 && len(w.codeVars) == 0 {
		return nil, ""
	}
	w.bindDerived(results, la.lit.Body)
	k := newWalker(w)
	k.ret = func(r *ast.ReturnStmt) verdict {
		if len(r.Results) != 1 {
			return unknown
		}
		return w.errValue(r.Results[0])
	}
	if _, err := k.stmts(la.lit.Body.List[i:], w.all(), false); err != nil || k.retried == 0 {
		return nil, ""
	}
	t := &litTail{info: pass.TypesInfo, err: la.err, label: loopLabel(pass, c.Node), set: capturedWrites(pass.TypesInfo, la.lit)}
	if !t.failedGoesRound(la) {
		return nil, ""
	}
	stable := payment.KeyOf(pass.TypesInfo, op, payment.Attempts{Region: c.Region, Counters: c.Counters}).Stable()
	return httpVerdict(k, stable, refreshes(pass, c.Region))
}

// findLitAttempt: the statement of body assigning the result of an
// immediately-called literal returning only an error, with call inside
// it: err := func() error {…}(), err = …, var err = …, if err := …; cond.
func findLitAttempt(info *types.Info, body *ast.BlockStmt, call *ast.CallExpr) *litAttempt {
	for j, st := range body.List {
		var as *ast.AssignStmt
		var ifs *ast.IfStmt
		switch s := st.(type) {
		case *ast.AssignStmt:
			as = s
		case *ast.IfStmt:
			as, _ = s.Init.(*ast.AssignStmt)
			ifs = s
		}
		if as == nil || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			continue
		}
		inv, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		if !ok {
			continue
		}
		lit, ok := ast.Unparen(inv.Fun).(*ast.FuncLit)
		if !ok || call.Pos() < lit.Body.Pos() || call.End() > lit.Body.End() {
			continue
		}
		res := lit.Type.Results
		if res == nil || len(res.List) != 1 || len(res.List[0].Names) > 1 ||
			!types.Identical(info.TypeOf(res.List[0].Type), types.Universe.Lookup("error").Type()) {
			return nil
		}
		id, ok := as.Lhs[0].(*ast.Ident)
		if !ok || id.Name == "_" || info.ObjectOf(id) == nil {
			return nil
		}
		return &litAttempt{lit: lit, err: info.ObjectOf(id), tail: body.List[j+1:], cond: ifs}
	}
	return nil
}

// capturedWrites: the variables declared outside lit that it assigns; a
// test of one after the call may read the status the literal saw.
func capturedWrites(info *types.Info, lit *ast.FuncLit) map[types.Object]bool {
	out := map[types.Object]bool{}
	mark := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if obj := info.ObjectOf(id); obj != nil && (obj.Pos() < lit.Pos() || obj.Pos() > lit.End()) {
				out[obj] = true
			}
		}
	}
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.AssignStmt:
			for _, l := range s.Lhs {
				mark(l)
			}
		case *ast.IncDecStmt:
			mark(s.X)
		case *ast.UnaryExpr:
			if s.Op == token.AND {
				mark(s.X) // handed by address: may be set
			}
		}
		return true
	})
	return out
}

// litTail walks the loop's statements after the literal with two states:
// the attempt failed (its error is not nil) or succeeded.
type litTail struct {
	info  *types.Info
	err   types.Object
	label string
	set   map[types.Object]bool // captured writes
	round uint8                 // the states that go round again
}

const (
	failed uint8 = 1 << iota
	succeeded
)

// failedGoesRound: a failed attempt can go round again while a
// successful one never does; false when the tail cannot be read.
func (t *litTail) failedGoesRound(la *litAttempt) bool {
	alive := failed | succeeded
	if la.cond != nil {
		yes, no, ok := t.cond(la.cond.Cond, alive)
		if !ok {
			return false
		}
		out, ok := t.stmts(la.cond.Body.List, yes)
		if !ok {
			return false
		}
		if la.cond.Else != nil {
			if no, ok = t.stmt(la.cond.Else, no); !ok {
				return false
			}
		}
		alive = out | no
	}
	out, ok := t.stmts(la.tail, alive)
	if !ok {
		return false
	}
	t.round |= out // the end of the body goes round
	return t.round&failed != 0 && t.round&succeeded == 0
}

func (t *litTail) stmts(list []ast.Stmt, alive uint8) (uint8, bool) {
	for _, st := range list {
		if alive == 0 {
			return 0, true
		}
		var ok bool
		if alive, ok = t.stmt(st, alive); !ok {
			return 0, false
		}
	}
	return alive, true
}

func (t *litTail) stmt(st ast.Stmt, alive uint8) (uint8, bool) {
	switch s := st.(type) {
	case *ast.BlockStmt:
		return t.stmts(s.List, alive)
	case *ast.IfStmt:
		if s.Init != nil && t.touches(s.Init) {
			return 0, false
		}
		yes, no, ok := t.cond(s.Cond, alive)
		if !ok {
			return 0, false
		}
		out, ok := t.stmts(s.Body.List, yes)
		if !ok {
			return 0, false
		}
		if s.Else != nil {
			if no, ok = t.stmt(s.Else, no); !ok {
				return 0, false
			}
		}
		return out | no, true
	case *ast.BranchStmt:
		switch {
		case s.Tok == token.CONTINUE && (s.Label == nil || s.Label.Name == t.label):
			t.round |= alive
			return 0, true
		case s.Tok == token.BREAK && s.Label == nil, s.Tok == token.BREAK && s.Label.Name == t.label:
			return 0, true
		}
		return 0, false
	case *ast.ReturnStmt:
		return 0, true
	case *ast.ExprStmt:
		if retry.IsExit(s.X) {
			return 0, true
		}
	}
	if retry.Steers(st) || t.touches(st) {
		return 0, false // a switch, a nested loop, a reassigned error
	}
	return alive, true
}

// touches: n assigns the literal's error (err = nil), which the walk
// would no longer follow.
func (t *litTail) touches(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		if as, ok := x.(*ast.AssignStmt); ok {
			for _, l := range as.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && t.info.ObjectOf(id) == t.err {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// cond splits the states alive by a condition: err != nil and err == nil
// decide, && and || and ! combine, a test of anything else (a counter, a
// context) may go either way. A condition reading the error otherwise
// (errors.Is(err, …), err.Error()) or a variable the literal sets is not
// read.
func (t *litTail) cond(e ast.Expr, alive uint8) (yes, no uint8, ok bool) {
	for _, s := range []uint8{failed, succeeded} {
		if alive&s == 0 {
			continue
		}
		canT, canF, known := t.eval(e, s)
		if !known {
			return 0, 0, false
		}
		if canT {
			yes |= s
		}
		if canF {
			no |= s
		}
	}
	return yes, no, true
}

func (t *litTail) eval(e ast.Expr, s uint8) (canT, canF, ok bool) {
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.UnaryExpr:
		if x.Op == token.NOT {
			canT, canF, ok = t.eval(x.X, s)
			return canF, canT, ok
		}
	case *ast.BinaryExpr:
		switch x.Op {
		case token.LAND, token.LOR:
			lt, lf, lok := t.eval(x.X, s)
			rt, rf, rok := t.eval(x.Y, s)
			if !lok || !rok {
				return false, false, false
			}
			if x.Op == token.LAND {
				return lt && rt, lf || rf, true
			}
			return lt || rt, lf && rf, true
		case token.EQL, token.NEQ:
			if isNilErr := t.errNil(x); isNilErr {
				isNil := s == succeeded
				if x.Op == token.NEQ {
					isNil = !isNil
				}
				return isNil, !isNil, true
			}
		}
	}
	if t.reads(e) {
		return false, false, false
	}
	return true, true, true
}

// errNil: x compares the literal's error with nil.
func (t *litTail) errNil(x *ast.BinaryExpr) bool {
	for _, p := range [][2]ast.Expr{{x.X, x.Y}, {x.Y, x.X}} {
		id, ok := ast.Unparen(p[0]).(*ast.Ident)
		nid, isNil := ast.Unparen(p[1]).(*ast.Ident)
		if ok && isNil && t.info.ObjectOf(id) == t.err && nid.Name == "nil" {
			if _, nilObj := t.info.ObjectOf(nid).(*types.Nil); nilObj {
				return true
			}
		}
	}
	return false
}

// reads: e mentions the literal's error or a variable it sets.
func (t *litTail) reads(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if obj := t.info.ObjectOf(id); obj != nil && (obj == t.err || t.set[obj]) {
				found = true
			}
		}
		return !found
	})
	return found
}
