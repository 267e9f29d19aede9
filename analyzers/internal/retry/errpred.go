package retry

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
)

// The reading of a predicate of the package handed a failed attempt's
// error (retryable(err)) or status (transient(res.StatusCode)), for an
// answer of one status: `var ae *APIError; if errors.As(err, &ae) {
// return ae.Status == 429 || ae.Status >= 500 }; return true`. The error
// is taken to carry the status (errors.As and a type assertion of it
// hold); a field read of the carrier is the status when it is an integer
// named for a status or a code.

// maxPredDepth caps predicates calling predicates.
const maxPredDepth = 3

// failureHolds evaluates a condition of the helper's loop on the
// failure: a predicate of the package handed the response's status
// (transient(res.StatusCode)), or a condition on the error read as a
// predicate's body (errors.As(err, &ae) && ae.Status >= 500,
// retryable(err), errors.Is(err, context.Canceled)). isStatus: the
// status was read; ok false when not read.
func (fl *respFlow) failureHolds(e ast.Expr) (v, isStatus, ok bool) {
	info := fl.r.pass.TypesInfo
	if call, isCall := ast.Unparen(e).(*ast.CallExpr); isCall && fl.resp != nil {
		fn := fl.r.staticCallee(call)
		if decl := fl.r.decls[fn]; decl != nil && fn.Type().(*types.Signature).Params().Len() == len(call.Args) {
			for k, a := range call.Args {
				p := fn.Type().(*types.Signature).Params().At(k)
				if isVar(info, StatusRead(info, a), fl.resp.(*types.Var)) && isInteger(p.Type()) {
					v, ok := fl.r.evalPred(decl, p, fl.status, 0)
					return v, true, ok
				}
			}
		}
	}
	errVar, _ := fl.err.(*types.Var)
	if errVar == nil || mentionsAny(info, e, map[types.Object]bool{fl.resp: true}) {
		return false, false, false
	}
	p := &pred{r: fl.r, param: errVar, status: fl.status, carriers: map[types.Object]bool{}, truths: map[types.Object]bool{}}
	for obj := range fl.carriers {
		p.carriers[obj] = true // bound from the error in the loop body (flowcarrier.go)
	}
	for obj := range fl.truths {
		p.truths[obj] = true
	}
	v, ok = p.boolOf(e)
	return v, p.usedStatus, ok
}

func (fl *respFlow) isErr(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && fl.err != nil && fl.r.pass.TypesInfo.ObjectOf(id) == fl.err
}

func isContextErr(info *types.Info, e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	v, ok := info.ObjectOf(sel.Sel).(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == "context" && (v.Name() == "Canceled" || v.Name() == "DeadlineExceeded")
}

func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// pred is one evaluation of a predicate's body for a status.
type pred struct {
	r        *Result
	param    *types.Var
	status   int
	depth    int
	carriers map[types.Object]bool // variables holding the carried error
	truths   map[types.Object]bool // ok of a type assertion of it
	// usedStatus: the answer depends on the status.
	usedStatus bool
}

// evalPred returns what decl answers when param is handed the status
// (an integer parameter) or an error carrying it; ok false when the
// body is not read.
func (r *Result) evalPred(decl *ast.FuncDecl, param *types.Var, status, depth int) (bool, bool) {
	p, v, ok := r.runPred(decl, param, status, depth)
	return v, ok && p.usedStatus
}

func (r *Result) runPred(decl *ast.FuncDecl, param *types.Var, status, depth int) (*pred, bool, bool) {
	p := &pred{r: r, param: param, status: status, depth: depth, carriers: map[types.Object]bool{}, truths: map[types.Object]bool{}}
	if depth > maxPredDepth || decl.Body == nil {
		return p, false, false
	}
	v, returned, ok := p.stmts(decl.Body.List)
	return p, v, ok && returned
}

// stmts runs list: the value returned, whether a return was reached.
func (p *pred) stmts(list []ast.Stmt) (v, returned, ok bool) {
	for _, st := range list {
		v, returned, ok = p.stmt(st)
		if !ok || returned {
			return v, returned, ok
		}
	}
	return false, false, true
}

func (p *pred) stmt(st ast.Stmt) (v, returned, ok bool) {
	switch s := st.(type) {
	case *ast.DeclStmt, *ast.EmptyStmt:
		return false, false, true
	case *ast.ReturnStmt:
		if len(s.Results) != 1 {
			return false, false, false
		}
		v, ok := p.boolOf(s.Results[0])
		return v, true, ok
	case *ast.AssignStmt:
		return false, false, p.assign(s)
	case *ast.BlockStmt:
		return p.stmts(s.List)
	case *ast.IfStmt:
		if s.Init != nil && !p.assign(s.Init) {
			return false, false, false
		}
		c, ok := p.boolOf(s.Cond)
		if !ok {
			return false, false, false
		}
		if c {
			return p.stmts(s.Body.List)
		}
		if s.Else != nil {
			return p.stmt(s.Else)
		}
		return false, false, true
	case *ast.SwitchStmt:
		return p.switchStmt(s)
	}
	return false, false, false
}

// assign binds v, ok := err.(*T) (the carrier and a true ok).
func (p *pred) assign(st ast.Stmt) bool {
	s, isAssign := st.(*ast.AssignStmt)
	if !isAssign || len(s.Rhs) != 1 || len(s.Lhs) > 2 {
		return false
	}
	ta, isTA := ast.Unparen(s.Rhs[0]).(*ast.TypeAssertExpr)
	if !isTA || !p.isParam(ta.X) {
		return false
	}
	info := p.r.pass.TypesInfo
	if obj := info.ObjectOf(boundIdent(s.Lhs[0])); obj != nil {
		p.carriers[obj] = true
	}
	if len(s.Lhs) == 2 {
		if obj := info.ObjectOf(boundIdent(s.Lhs[1])); obj != nil {
			p.truths[obj] = true
		}
	}
	return true
}

func boundIdent(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	if id == nil {
		return &ast.Ident{Name: "_"}
	}
	return id
}

func (p *pred) isParam(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && p.r.pass.TypesInfo.ObjectOf(id) == p.param
}

// switchStmt runs a switch on the status (or a tagless one).
func (p *pred) switchStmt(s *ast.SwitchStmt) (v, returned, ok bool) {
	if s.Init != nil && !p.assign(s.Init) {
		return false, false, false
	}
	var tag int
	if s.Tag != nil {
		if tag, ok = p.intOf(s.Tag); !ok {
			return false, false, false
		}
	}
	var def *ast.CaseClause
	for _, c := range s.Body.List {
		cl := c.(*ast.CaseClause)
		if cl.List == nil {
			def = cl
			continue
		}
		for _, e := range cl.List {
			var hit bool
			if s.Tag != nil {
				n, ok := p.intOf(e)
				if !ok {
					return false, false, false
				}
				hit = n == tag
			} else if hit, ok = p.boolOf(e); !ok {
				return false, false, false
			}
			if hit {
				return p.clause(cl)
			}
		}
	}
	if def != nil {
		return p.clause(def)
	}
	return false, false, true
}

func (p *pred) clause(cl *ast.CaseClause) (v, returned, ok bool) {
	if containsBranch(cl.Body) {
		return false, false, false
	}
	return p.stmts(cl.Body)
}

// boolOf evaluates a condition.
func (p *pred) boolOf(e ast.Expr) (bool, bool) {
	info := p.r.pass.TypesInfo
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.Bool {
		return constant.BoolVal(tv.Value), true
	}
	switch x := e.(type) {
	case *ast.Ident:
		if p.truths[info.ObjectOf(x)] {
			return true, true
		}
	case *ast.UnaryExpr:
		if x.Op == token.NOT {
			v, ok := p.boolOf(x.X)
			return !v, ok
		}
	case *ast.BinaryExpr:
		return p.binary(x)
	case *ast.CallExpr:
		return p.call(x)
	}
	return false, false
}

func (p *pred) binary(x *ast.BinaryExpr) (bool, bool) {
	switch x.Op {
	case token.LAND, token.LOR:
		l, ok := p.boolOf(x.X)
		if !ok {
			return false, false
		}
		if x.Op == token.LAND && !l || x.Op == token.LOR && l {
			return l, true
		}
		return p.boolOf(x.Y)
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		a, ok1 := p.intOf(x.X)
		b, ok2 := p.intOf(x.Y)
		if !ok1 || !ok2 {
			return false, false
		}
		return constant.Compare(constant.MakeInt64(int64(a)), x.Op, constant.MakeInt64(int64(b))), true
	}
	return false, false
}

// call evaluates errors.As(err, &v) (true: the error carries the
// status), errors.Is(err, context.Canceled) (false) and predicates of
// the package handed the error or the status.
func (p *pred) call(x *ast.CallExpr) (bool, bool) {
	info := p.r.pass.TypesInfo
	fn := p.r.staticCallee(x)
	if fn == nil || fn.Pkg() == nil {
		return false, false
	}
	if fn.Pkg().Path() == "errors" && len(x.Args) == 2 && p.isParam(x.Args[0]) {
		switch fn.Name() {
		case "As":
			u, ok := ast.Unparen(x.Args[1]).(*ast.UnaryExpr)
			if !ok || u.Op != token.AND {
				return false, false
			}
			if transportTarget(info, u.X) {
				return false, true // an answer's error is no transport failure (transportonly.go)
			}
			if obj := info.ObjectOf(boundIdent(u.X)); obj != nil {
				p.carriers[obj] = true
			}
			return true, true
		case "Is":
			// A cancellation, or a sentinel of this package (the helper's
			// own marker, judged where it is returned), is no status.
			if isContextErr(info, x.Args[1]) || p.ownSentinel(x.Args[1]) || transportSentinel(info, x.Args[1]) {
				return false, true
			}
		}
		return false, false
	}
	decl := p.r.decls[fn]
	sig := fn.Type().(*types.Signature)
	if decl == nil || sig.Params().Len() != len(x.Args) {
		return false, false
	}
	for k, a := range x.Args {
		q := sig.Params().At(k)
		_, isInt := p.intOf(a)
		if p.isParam(a) && isErrorType(q.Type()) || isInt && isInteger(q.Type()) && !isConst(info, a) {
			inner, v, ok := p.r.runPred(decl, q, p.status, p.depth+1)
			p.usedStatus = p.usedStatus || inner.usedStatus
			return v, ok
		}
	}
	return false, false
}

func isConst(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil
}

// intOf evaluates an integer: a constant, the status parameter, or the
// status field of the carried error.
func (p *pred) intOf(e ast.Expr) (int, bool) {
	info := p.r.pass.TypesInfo
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		if n, exact := constant.Int64Val(constant.ToInt(tv.Value)); exact {
			return int(n), true
		}
		return 0, false
	}
	switch x := e.(type) {
	case *ast.Ident:
		if info.ObjectOf(x) == p.param && isInteger(p.param.Type()) {
			p.usedStatus = true
			return p.status, true
		}
	case *ast.SelectorExpr:
		root, ok := ast.Unparen(x.X).(*ast.Ident)
		if !ok || !p.carriers[info.ObjectOf(root)] {
			return 0, false
		}
		f, isField := info.ObjectOf(x.Sel).(*types.Var)
		name := strings.ToLower(x.Sel.Name)
		if isField && f.IsField() && isInteger(f.Type()) && (strings.Contains(name, "status") || strings.Contains(name, "code")) {
			p.usedStatus = true
			return p.status, true
		}
	}
	return 0, false
}

// ownSentinel: e is a package-level variable of this package.
func (p *pred) ownSentinel(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := p.r.pass.TypesInfo.ObjectOf(id).(*types.Var)
	return ok && v.Pkg() == p.r.pass.Pkg && v.Parent() == v.Pkg().Scope()
}
