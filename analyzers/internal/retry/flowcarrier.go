package retry

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// A retry helper may tell a failed attempt's statuses apart through the
// typed error that carries them, taken out of the error in the loop
// body before the test:
//
//	var se *StatusError
//	if errors.As(err, &se) && !transient(se.Code) { return err }
//
//	se, ok := err.(*StatusError)
//	if ok && se.Code < 500 { return err }
//
//	switch e := err.(type) {
//	case *StatusError:
//		if !transient(e.Code) { return err }
//	}
//
// The variable errors.As fills (or the assertion binds, or the type
// switch's clause binds) holds the error, which the walk takes to carry
// the status asked about (as the failure predicates do, errpred.go): its
// integer status or code field is the status. It is marked as changed by
// the attempt, so a condition reading it is evaluated, never taken as
// independent of the answer.

// bindCarriers records the variables of body that hold the attempt's
// error as a status carrier, and the ok of a type assertion of it.
func (fl *respFlow) bindCarriers(body *ast.BlockStmt) {
	if fl.err == nil {
		return
	}
	info := fl.r.pass.TypesInfo
	mark := func(m map[types.Object]bool, obj types.Object) map[types.Object]bool {
		if obj == nil {
			return m
		}
		if m == nil {
			m = map[types.Object]bool{}
		}
		m[obj] = true
		fl.tainted[obj] = true
		return m
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			fn := fl.r.staticCallee(x)
			if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "errors" || fn.Name() != "As" || len(x.Args) != 2 || !fl.isErr(x.Args[0]) {
				return true
			}
			if u, ok := ast.Unparen(x.Args[1]).(*ast.UnaryExpr); ok && u.Op == token.AND && !transportTarget(info, u.X) {
				if id, ok := ast.Unparen(u.X).(*ast.Ident); ok {
					fl.carriers = mark(fl.carriers, info.ObjectOf(id))
				}
			}
		case *ast.AssignStmt:
			if len(x.Rhs) != 1 || len(x.Lhs) > 2 {
				return true
			}
			ta, ok := ast.Unparen(x.Rhs[0]).(*ast.TypeAssertExpr)
			if !ok || ta.Type == nil || !fl.isErr(ta.X) || !carriesStatus(info.TypeOf(ta.Type)) {
				return true
			}
			if id, ok := x.Lhs[0].(*ast.Ident); ok && id.Name != "_" {
				fl.carriers = mark(fl.carriers, info.ObjectOf(id))
			}
			if len(x.Lhs) == 2 {
				if id, ok := x.Lhs[1].(*ast.Ident); ok && id.Name != "_" {
					fl.truths = mark(fl.truths, info.ObjectOf(id))
				}
			}
		case *ast.TypeSwitchStmt:
			if cl := fl.carrierClause(x); cl != nil {
				fl.carriers = mark(fl.carriers, info.Implicits[cl])
			}
		}
		return true
	})
}

// carriesStatus: t (T or *T) is a struct type with an integer field
// named for a status or a code.
func carriesStatus(t types.Type) bool {
	if t == nil {
		return false
	}
	st, ok := derefType(t).Underlying().(*types.Struct)
	for i := 0; ok && i < st.NumFields(); i++ {
		f := st.Field(i)
		name := strings.ToLower(f.Name())
		if isInteger(f.Type()) && (strings.Contains(name, "status") || strings.Contains(name, "code")) {
			return true
		}
	}
	return false
}

// switchedErr: the type switch is over the attempt's error
// (switch e := err.(type), switch err.(type)).
func (fl *respFlow) switchedErr(s *ast.TypeSwitchStmt) bool {
	x := typeSwitched(s) // outcome.go
	return x != nil && fl.isErr(x)
}

// carrierClause returns the one clause of a type switch over the
// attempt's error that names a status-carrying type; nil when none does
// or several do.
func (fl *respFlow) carrierClause(s *ast.TypeSwitchStmt) *ast.CaseClause {
	if !fl.switchedErr(s) {
		return nil
	}
	var found *ast.CaseClause
	for _, st := range s.Body.List {
		cl := st.(*ast.CaseClause)
		for _, e := range cl.List {
			if carriesStatus(fl.r.pass.TypesInfo.TypeOf(e)) {
				if found != nil && found != cl {
					return nil
				}
				found = cl
			}
		}
	}
	return found
}

// typeSwitch follows a type switch over the attempt's error: a failed
// answer's error is the carrier (its clause runs; without one, the
// default); a nil error runs the nil case (or the default). Several
// carrier clauses, a switch over something else the attempt changed, or
// an error whose state is not known: not followed.
func (fl *respFlow) typeSwitch(s *ast.TypeSwitchStmt, in []env) (out []env, round, leave, ok bool) {
	info := fl.r.pass.TypesInfo
	if !fl.switchedErr(s) {
		if s.Init != nil || mentionsAny(info, s.Assign, fl.tainted) {
			return nil, false, false, false
		}
		out, round, leave, ok = fl.typeClauses(s, func(*ast.CaseClause) bool { return true }, in)
		hasDefault := false
		for _, st := range s.Body.List {
			hasDefault = hasDefault || st.(*ast.CaseClause).List == nil
		}
		if ok && !hasDefault {
			out = dedupe(append(out, in...)) // no clause may run
		}
		return out, round, leave, ok
	}
	if s.Init != nil {
		return nil, false, false, false
	}
	carrier := fl.carrierClause(s)
	for _, st := range s.Body.List {
		cl := st.(*ast.CaseClause)
		for _, e := range cl.List {
			if carriesStatus(info.TypeOf(e)) && cl != carrier {
				return nil, false, false, false // several carriers
			}
		}
	}
	var setIn, nilIn []env
	for _, e := range in {
		switch e.errState {
		case errSet:
			setIn = append(setIn, e)
		case errNil:
			nilIn = append(nilIn, e)
		default:
			return nil, false, false, false
		}
	}
	runs := func(want func(*ast.CaseClause) bool, from []env) bool {
		if len(from) == 0 {
			return true
		}
		o, r, l, ok2 := fl.typeClauses(s, want, from)
		out, round, leave = append(out, o...), round || r, leave || l
		return ok2
	}
	isNilCase := func(cl *ast.CaseClause) bool {
		for _, e := range cl.List {
			if isNil(info, e) {
				return true
			}
		}
		return false
	}
	hasNil := false
	for _, st := range s.Body.List {
		hasNil = hasNil || isNilCase(st.(*ast.CaseClause))
	}
	okSet := runs(func(cl *ast.CaseClause) bool {
		if carrier != nil {
			return cl == carrier
		}
		return cl.List == nil
	}, setIn)
	okNil := runs(func(cl *ast.CaseClause) bool {
		if hasNil {
			return isNilCase(cl)
		}
		return cl.List == nil
	}, nilIn)
	if !okSet || !okNil {
		return nil, false, false, false
	}
	return dedupe(out), round, leave, true
}

// typeClauses follows the clauses of s that want selects from in (one
// at most runs; none: the states fall through).
func (fl *respFlow) typeClauses(s *ast.TypeSwitchStmt, want func(*ast.CaseClause) bool, in []env) (out []env, round, leave, ok bool) {
	ran := false
	for _, st := range s.Body.List {
		cl := st.(*ast.CaseClause)
		if !want(cl) {
			continue
		}
		list, ok := clauseStmts(cl.Body)
		if !ok {
			return nil, false, false, false
		}
		o, r, l, ok := fl.block(list, in)
		if !ok {
			return nil, false, false, false
		}
		ran = true
		out, round, leave = append(out, o...), round || r, leave || l
	}
	if !ran {
		out = append(out, in...)
	}
	return out, round, leave, true
}

// takesCarrier: e is errors.As(err, &v) on the attempt's error, or the
// ok of a type assertion of it, both false for a nil error.
func (fl *respFlow) takesCarrier(e ast.Expr) bool {
	info := fl.r.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return fl.truths[info.ObjectOf(x)]
	case *ast.CallExpr:
		fn := fl.r.staticCallee(x)
		return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "errors" && fn.Name() == "As" && len(x.Args) == 2 && fl.isErr(x.Args[0])
	}
	return false
}
