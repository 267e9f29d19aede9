package poll

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// ---- a small evaluator of the statements around a give-up -------------------
//
// What a waiting function returns when it gives up ((false, nil),
// ("PENDING", nil), a deadline error) and what its caller then does
// (if paid { return }, if err != nil { return err }) are followed with
// the values known: constants, nil, an error known to be non-nil. Any
// other value is unknown, and a condition that depends on one stops the
// walk: the model stays silent.

type absKind int

const (
	absUnknown absKind = iota
	absNil
	absErr      // a non-nil error
	absDeadline // a non-nil error that is context.DeadlineExceeded
	absBool
	absString
	absSentinel // a non-nil error that is the package-level variable v
	absPending  // a status none of those joined in s (pending.go)
)

type absVal struct {
	kind absKind
	b    bool
	s    string
	v    *types.Var // absSentinel
	// field, for absPending, names the status field of a struct value
	// whose status is pending (a waiter's record as last read).
	field string
}

// env maps variables to their known values; a variable absent is unknown.
type env map[*types.Var]absVal

// tri is a three-valued truth: known says whether b is meaningful.
type tri struct{ b, known bool }

func (f *finder) eval(e ast.Expr, vars env) absVal {
	e = unparen(e)
	if isNilIdent(e) {
		return absVal{kind: absNil}
	}
	if tv, ok := f.info.Types[e]; ok && tv.Value != nil {
		switch tv.Value.Kind() {
		case constant.Bool:
			return absVal{kind: absBool, b: constant.BoolVal(tv.Value)}
		case constant.String:
			return absVal{kind: absString, s: constant.StringVal(tv.Value)}
		}
		return absVal{}
	}
	if v := f.varOf(e); v != nil {
		if val, ok := vars[v]; ok {
			return val
		}
		if sentinel(v) {
			return absVal{kind: absSentinel, v: v}
		}
		return absVal{}
	}
	if sel, ok := e.(*ast.SelectorExpr); ok {
		if v, ok := f.heldField(sel, vars); ok {
			return v // final.Status of a record a waiter gave up with (heldstatus.go)
		}
		if v, ok := f.info.Uses[sel.Sel].(*types.Var); ok && sentinel(v) {
			return absVal{kind: absSentinel, v: v} // pkg.ErrPending
		}
	}
	if t := f.truth(e, vars); t.known {
		return absVal{kind: absBool, b: t.b}
	}
	return absVal{}
}

// truth evaluates a condition.
func (f *finder) truth(e ast.Expr, vars env) tri {
	switch x := unparen(e).(type) {
	case *ast.UnaryExpr:
		if x.Op == token.NOT {
			t := f.truth(x.X, vars)
			return tri{!t.b, t.known}
		}
	case *ast.BinaryExpr:
		switch x.Op {
		case token.LAND, token.LOR:
			return f.logic(x, vars)
		case token.EQL, token.NEQ:
			t := equal(f.eval(x.X, vars), f.eval(x.Y, vars))
			if x.Op == token.NEQ {
				t.b = !t.b
			}
			return t
		}
	case *ast.CallExpr:
		return f.errorsIs(x, vars)
	case *ast.Ident:
		if v := f.eval(x, vars); v.kind == absBool {
			return tri{v.b, true}
		}
	}
	return tri{}
}

func (f *finder) logic(x *ast.BinaryExpr, vars env) tri {
	a, b := f.truth(x.X, vars), f.truth(x.Y, vars)
	short := x.Op == token.LOR // true || … is true; false && … is false
	switch {
	case a.known && a.b == short, b.known && b.b == short:
		return tri{short, true}
	case a.known && b.known:
		return tri{!short, true}
	}
	return tri{}
}

// equal compares two known values.
func equal(a, b absVal) tri {
	if t, ok := pendingEqual(a, b); ok {
		return t
	}
	errOrNil := func(v absVal) bool {
		return v.kind == absNil || v.kind == absErr || v.kind == absDeadline || v.kind == absSentinel
	}
	switch {
	case errOrNil(a) && errOrNil(b):
		if a.kind == absNil || b.kind == absNil {
			return tri{a.kind == absNil && b.kind == absNil, true}
		}
		if a.kind == absSentinel && b.kind == absSentinel && a.v == b.v {
			return tri{true, true}
		}
	case a.kind == absBool && b.kind == absBool:
		return tri{a.b == b.b, true}
	case a.kind == absString && b.kind == absString:
		return tri{a.s == b.s, true}
	}
	return tri{}
}

// errorsIs: errors.Is(err, context.DeadlineExceeded) on a known error.
func (f *finder) errorsIs(c *ast.CallExpr, vars env) tri {
	if !isFunc(f.calleeFunc(c), "errors", "Is") || len(c.Args) != 2 {
		return tri{}
	}
	v := f.eval(c.Args[0], vars)
	switch v.kind {
	case absNil:
		return tri{false, true}
	case absDeadline:
		if f.isDeadlineExceeded(c.Args[1]) {
			return tri{true, true}
		}
	case absSentinel:
		// errors.Is(err, errStillPending) on the very sentinel returned; a
		// cancellation is not it. Another sentinel may wrap it: unknown.
		if t := equal(v, f.eval(c.Args[1], vars)); t.known && t.b {
			return t
		}
		if f.isDeadlineExceeded(c.Args[1]) {
			return tri{false, true}
		}
	}
	return tri{}
}

// sentinel: v is a package-level variable of an error type (var
// errStillPending = errors.New(…)), of any package.
func sentinel(v *types.Var) bool {
	return v.Pkg() != nil && v.Parent() == v.Pkg().Scope() && isError(v.Type())
}

func (f *finder) isDeadlineExceeded(e ast.Expr) bool {
	sel, ok := unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	v, ok := f.info.Uses[sel.Sel].(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == "context" && v.Name() == "DeadlineExceeded"
}

// outcome is where a walk of statements ends.
type outcome int

const (
	walkUnknown outcome = iota // a statement or condition not followed
	walkReturn                 // a return (results in the walker)
	walkLeave                  // break, goto, panic, labeled branch
	walkNext                   // on to the next statement
	walkRound                  // an unlabeled continue: the loop goes round
	walkReached                // the statement looked for was reached
)

// walker follows statements with known values.
type walker struct {
	f    *finder
	vars env
	// stop, when set, ends the walk at a statement holding it.
	stop ast.Node
	// ret is what the return reached returns.
	ret []absVal
}

func (w *walker) stmts(list []ast.Stmt) outcome {
	for _, s := range list {
		if o := w.stmt(s); o != walkNext {
			return o
		}
	}
	return walkNext
}

// stmt walks one statement.
func (w *walker) stmt(s ast.Stmt) outcome {
	if w.stop != nil && within(w.stop, s) {
		switch x := s.(type) {
		case *ast.IfStmt:
			if within(w.stop, x.Init) || within(w.stop, x.Cond) {
				return walkReached
			}
		case *ast.BlockStmt:
		default:
			return walkReached
		}
	}
	switch x := s.(type) {
	case *ast.ReturnStmt:
		for _, r := range x.Results {
			w.ret = append(w.ret, w.f.eval(r, w.vars))
		}
		return walkReturn
	case *ast.BranchStmt:
		if x.Tok == token.CONTINUE && x.Label == nil {
			return walkRound
		}
		return walkLeave
	case *ast.IfStmt:
		return w.ifStmt(x)
	case *ast.BlockStmt:
		return w.stmts(x.List)
	case *ast.ExprStmt:
		if c, ok := x.X.(*ast.CallExpr); ok && calleeName(c) == "panic" {
			return walkLeave
		}
		return walkNext
	case *ast.AssignStmt:
		w.forget(x.Lhs)
		return walkNext
	case *ast.DeclStmt, *ast.IncDecStmt, *ast.EmptyStmt:
		return walkNext
	case *ast.SwitchStmt:
		return w.switchStmt(x)
	}
	return walkUnknown
}

func (w *walker) ifStmt(x *ast.IfStmt) outcome {
	if x.Init != nil {
		if o := w.stmt(x.Init); o != walkNext {
			return o
		}
	}
	return w.ifRest(x)
}

// ifRest walks an if statement whose init was walked.
func (w *walker) ifRest(x *ast.IfStmt) outcome {
	t := w.f.truth(x.Cond, w.vars)
	switch {
	case !t.known:
		return walkUnknown
	case t.b:
		return w.stmts(x.Body.List)
	case x.Else != nil:
		return w.stmt(x.Else)
	}
	return walkNext
}

// forget makes the assigned variables unknown.
func (w *walker) forget(lhs []ast.Expr) {
	for _, e := range lhs {
		if v := w.f.varOf(e); v != nil {
			delete(w.vars, v)
		}
	}
}
