package poll

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// ---- a waiter that gives up with the last status it read --------------------
//
//	st := "PENDING"
//	for i := 0; i < 10; i++ {
//		res, err := sq.Payments.Get(ctx, id)
//		if err != nil { return "", err }
//		st = res.Payment.Status
//		if st == "COMPLETED" || st == "FAILED" || st == "CANCELED" {
//			return st, nil
//		}
//		time.Sleep(3 * time.Second)
//	}
//	return st, nil
//
// When the loop's own bound ends it, st holds none of the statuses the
// loop returns on: each pass that stores a status tests it before the
// next pass, and the first value is none of them. That is the give-up
// value (absPending): a caller's switch that leaves on those statuses
// falls through and goes round, the caller learns nothing more (a
// status not in the set, PENDING or another, stays unknown).

// pendingSep joins the statuses an absPending value is known not to be,
// so that absVal stays comparable.
const pendingSep = "\x00"

// seedPending gives the status variables of decl that hold, after l ended
// on its bound, none of the statuses l returns on, their absPending value.
func (f *finder) seedPending(l *Loop, decl *ast.FuncDecl, vars env) {
	inner, ok := l.Node.(*ast.ForStmt)
	if !ok || inner.Cond == nil || l.Kind != For {
		return
	}
	for v, id := range f.defs {
		if !within(id, decl.Body) || id.Pos() > inner.Pos() {
			continue
		}
		if val, ok := f.pendingAfter(v, id, inner); ok {
			vars[v] = val
		}
	}
}

// pendingAfter returns what v is known to hold after inner ended on its
// bound: the statuses it is not (absPending), or the one status it is
// (absString); ok is false when unknown. v starts from a constant, is
// assigned only by statements of inner's body before its exit test, and
// no continue or other exit separates an assignment from the test. The
// test returns when v is one of a set (v == "A" || v == "B" → return;
// the constant is outside the set) or when v is not the pending status
// it started from (v != "PENDING" → return: on the bound, v is still
// "PENDING", the last status read).
func (f *finder) pendingAfter(v *types.Var, def *ast.Ident, inner *ast.ForStmt) (absVal, bool) {
	init, ok := f.defValue(def)
	if !ok || init == nil {
		return absVal{}, false
	}
	tv, ok := f.info.Types[init]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return absVal{}, false
	}
	start := constant.StringVal(tv.Value)
	first, last := -1, -1
	for _, as := range f.assigns[v] {
		if !within(as, inner.Body) {
			if within(as, inner) || as.Pos() > def.Pos() && as.Pos() < inner.Pos() {
				return absVal{}, false // in the loop's header, or before it: not followed
			}
			continue
		}
		if _, isAssign := as.(*ast.AssignStmt); !isAssign || f.enclosingFuncLit(as, inner.Body) != nil {
			return absVal{}, false
		}
		i := indexOf(inner.Body.List, f.stmtIn(inner.Body, as))
		if first < 0 || i < first {
			first = i
		}
		last = max(last, i)
	}
	if first < 0 {
		return absVal{}, false
	}
	for j := last + 1; j < len(inner.Body.List); j++ {
		if set := f.exitTest(inner.Body.List[j], v); set != nil {
			if continues(inner.Body.List[first:j]) || containsString(set, start) {
				return absVal{}, false
			}
			sort.Strings(set)
			return absVal{kind: absPending, s: pendingSep + strings.Join(set, pendingSep) + pendingSep}, true
		}
		if held, ok := f.exitUnless(inner.Body.List[j], v); ok {
			if continues(inner.Body.List[first:j]) || held != start {
				return absVal{}, false
			}
			return absVal{kind: absString, s: start}, true
		}
	}
	return absVal{}, false
}

// exitUnless returns the status of an if statement that returns when v is
// not it (v != "PENDING" → return).
func (f *finder) exitUnless(s ast.Stmt, v *types.Var) (string, bool) {
	x, ok := s.(*ast.IfStmt)
	if !ok || x.Init != nil || x.Else != nil || len(x.Body.List) == 0 {
		return "", false
	}
	if _, ret := x.Body.List[len(x.Body.List)-1].(*ast.ReturnStmt); !ret {
		return "", false
	}
	b, ok := unparen(x.Cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.NEQ || f.varOf(b.X) != v {
		return "", false
	}
	tv, ok := f.info.Types[b.Y]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// exitTest returns the statuses of an if statement that returns when v is
// one of them (v == "A" || v == "B"), nil otherwise.
func (f *finder) exitTest(s ast.Stmt, v *types.Var) []string {
	x, ok := s.(*ast.IfStmt)
	if !ok || x.Init != nil || x.Else != nil || len(x.Body.List) == 0 {
		return nil
	}
	if _, ret := x.Body.List[len(x.Body.List)-1].(*ast.ReturnStmt); !ret {
		return nil
	}
	var set []string
	var terms func(e ast.Expr) bool
	terms = func(e ast.Expr) bool {
		b, ok := unparen(e).(*ast.BinaryExpr)
		if !ok {
			return false
		}
		switch b.Op {
		case token.LOR:
			return terms(b.X) && terms(b.Y)
		case token.EQL:
			tv, ok := f.info.Types[b.Y]
			if f.varOf(b.X) != v || !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
				return false
			}
			set = append(set, constant.StringVal(tv.Value))
			return true
		}
		return false
	}
	if !terms(x.Cond) {
		return nil
	}
	return set
}

// continues: some statement of list, outside nested loops and function
// literals, goes round (continue) or leaves by break or goto.
func continues(list []ast.Stmt) bool {
	found := false
	for _, s := range list {
		ast.Inspect(s, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt:
				return false
			case *ast.BranchStmt:
				found = found || x.Tok != token.FALLTHROUGH
			}
			return !found
		})
	}
	return found
}

func containsString(set []string, s string) bool {
	for _, x := range set {
		if x == s {
			return true
		}
	}
	return false
}

// pendingEqual compares an absPending value with a string constant: known
// false when the constant is one of the statuses it is known not to be.
func pendingEqual(a, b absVal) (tri, bool) {
	if b.kind == absPending {
		a, b = b, a
	}
	if a.kind != absPending {
		return tri{}, false
	}
	if b.kind == absString && strings.Contains(a.s, pendingSep+b.s+pendingSep) {
		return tri{false, true}, true
	}
	return tri{}, true
}
