package poll

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// ---- a waiter that gives up with the record it last read ---------------------
//
//	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
//	defer cancel()
//	last := &Checkout{ID: id, Status: "PENDING"}
//	for {
//		select {
//		case <-ctx.Done():
//			return last, nil
//		case <-tick.C:
//		}
//		co, err := c.GetCheckout(ctx, id)
//		if err != nil { continue }
//		last = co
//		if co.Status == "COMPLETED" || co.Status == "CANCELED" {
//			return co, nil
//		}
//	}
//
// When the waiter's own bound ends the wait, last holds the record as
// first made (PENDING) or as read on a pass that did not return: its
// status is none of those the loop returns on. That is the give-up value:
// absPending over those statuses, in the status field when the value is
// a record (last.Status), so a caller's switch leaving on COMPLETED and
// CANCELED falls through and goes round (rewait.go). The same holds for a
// status string, and for a give-up after a counted loop whose string
// status pending.go does not follow (a record). Followed only when
// every assignment of the variable is a plain statement of the loop's
// body before its exit test, tests the value assigned (last = co; co.Status
// == …) with nothing between that could skip the test or change the
// record, and the give-up is not between an assignment and the test.

// seedHeld gives the variables of decl that hold a non-final status at
// the give-up at node at (inside l's body; nil: after the loop) their
// absPending value.
func (f *finder) seedHeld(l *Loop, decl *ast.FuncDecl, at ast.Node, vars env) {
	inner, ok := l.Node.(*ast.ForStmt)
	if !ok || l.Kind != For {
		return
	}
	g := -1
	if at != nil {
		if g = indexOf(inner.Body.List, f.stmtIn(inner.Body, at)); g < 0 {
			return
		}
	}
	for v, id := range f.defs {
		if _, known := vars[v]; known || !within(id, decl.Body) || id.Pos() > inner.Pos() {
			continue
		}
		if val, ok := f.heldStatus(v, id, inner, g); ok {
			vars[v] = val
		}
	}
}

// heldStatus returns the absPending value v holds at a give-up of inner
// at statement index g of its body (-1: after the loop ended on its
// condition), false when unknown.
func (f *finder) heldStatus(v *types.Var, def *ast.Ident, inner *ast.ForStmt, g int) (absVal, bool) {
	init, ok := f.defValue(def)
	if !ok || init == nil {
		return absVal{}, false
	}
	body := inner.Body.List
	first, last := -1, -1
	var src *types.Var // last = co: the value assigned, tested as co
	for i, n := range f.assigns[v] {
		if !within(n, inner.Body) {
			if within(n, inner) || n.Pos() > def.Pos() && n.Pos() < inner.Pos() {
				return absVal{}, false
			}
			continue
		}
		as, isAssign := n.(*ast.AssignStmt)
		if !isAssign || len(as.Lhs) != 1 || len(as.Rhs) != 1 || f.stmtIn(inner.Body, as) != as {
			return absVal{}, false // not a plain statement of the body
		}
		rv := f.varOf(derefExpr(as.Rhs[0]))
		if i > 0 && rv != src {
			rv = nil // assigned different values: only v itself is tested
		}
		src = rv
		k := indexOf(body, as)
		if first < 0 || k < first {
			first = k
		}
		last = max(last, k)
	}
	if first < 0 {
		return absVal{}, false
	}
	for j := last + 1; j < len(body); j++ {
		field, set := f.heldTest(body[j], v, src)
		if set == nil {
			continue
		}
		if g >= first && g <= j || continues(body[first:j]) || f.assignedIn(src, body[first:j+1]) || f.fieldWritten(inner.Body, field, v, src) {
			return absVal{}, false
		}
		s0, ok := f.initialStatus(init, field)
		if !ok || containsString(set, s0) {
			return absVal{}, false
		}
		sort.Strings(set)
		return absVal{kind: absPending, s: pendingSep + strings.Join(set, pendingSep) + pendingSep, field: field}, true
	}
	return absVal{}, false
}

// assignedIn: src (the value assigned to the held variable) is assigned
// by one of list's statements: the test would read another value than
// the one held.
func (f *finder) assignedIn(src *types.Var, list []ast.Stmt) bool {
	if src == nil {
		return false
	}
	for _, n := range f.assigns[src] {
		for _, s := range list {
			if within(n, s) {
				return true
			}
		}
	}
	return false
}

// heldTest returns the status field ("" for a string) and the statuses of
// an if statement that returns when v, or src, is one of them (x.Status
// == "A" || x.Status == "B"), nil otherwise.
func (f *finder) heldTest(s ast.Stmt, v, src *types.Var) (string, []string) {
	x, ok := s.(*ast.IfStmt)
	if !ok || x.Init != nil || x.Else != nil || len(x.Body.List) == 0 {
		return "", nil
	}
	if _, ret := x.Body.List[len(x.Body.List)-1].(*ast.ReturnStmt); !ret {
		return "", nil
	}
	field, fieldSet := "", false
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
			if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
				return false
			}
			x, name := unparen(b.X), ""
			if sel, isSel := x.(*ast.SelectorExpr); isSel {
				x, name = sel.X, sel.Sel.Name
			}
			if xv := f.varOf(x); xv == nil || xv != v && xv != src || fieldSet && name != field {
				return false
			}
			field, fieldSet = name, true
			set = append(set, constant.StringVal(tv.Value))
			return true
		}
		return false
	}
	if !terms(x.Cond) {
		return "", nil
	}
	return field, set
}

// fieldWritten: the loop's body writes the status field of v or src
// (co.Status = "…"), which could change the record held.
func (f *finder) fieldWritten(body *ast.BlockStmt, field string, v, src *types.Var) bool {
	if field == "" {
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return !found
		}
		for _, l := range as.Lhs {
			if sel, ok := unparen(l).(*ast.SelectorExpr); ok && sel.Sel.Name == field {
				if xv := f.varOf(derefExpr(sel.X)); xv == v || xv == src && src != nil {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// initialStatus returns the status the held variable starts with: a
// string constant, or the constant given the status field in a composite
// literal (&Checkout{Status: "PENDING"}).
func (f *finder) initialStatus(init ast.Expr, field string) (string, bool) {
	e := unparen(init)
	if field == "" {
		tv, ok := f.info.Types[e]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
			return "", false
		}
		return constant.StringVal(tv.Value), true
	}
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return "", false
	}
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			return "", false
		}
		if k, ok := kv.Key.(*ast.Ident); ok && k.Name == field {
			tv, ok := f.info.Types[kv.Value]
			if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
				return "", false
			}
			return constant.StringVal(tv.Value), true
		}
	}
	return "", false
}

// derefExpr strips a dereference: *co -> co.
func derefExpr(e ast.Expr) ast.Expr {
	if s, ok := unparen(e).(*ast.StarExpr); ok {
		return s.X
	}
	return e
}

// heldField evaluates a selection of a held record's status field
// (final.Status where final holds the give-up record): the pending status.
func (f *finder) heldField(sel *ast.SelectorExpr, vars env) (absVal, bool) {
	v := f.varOf(derefExpr(sel.X))
	if v == nil {
		return absVal{}, false
	}
	val, ok := vars[v]
	if !ok || val.kind != absPending || val.field == "" || val.field != sel.Sel.Name {
		return absVal{}, false
	}
	return absVal{kind: absPending, s: val.s}, true
}
