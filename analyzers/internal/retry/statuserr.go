package retry

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/funcs"
)

// Status-error summaries: a function that sends an HTTP request and
// returns a non-nil error for every 4xx and 5xx answer (if
// resp.StatusCode != 201 { return &StatusError{Code: resp.StatusCode} }).
// A retry around a call of it that retries on its error alone retries
// 400/404/422 refusals (retrystatus). When the error is of an in-house
// type with an int field set to the status, callers can tell statuses
// apart through it (errors.As(err, &apiErr) && apiErr.Status >= 500).
// Exported as facts so that calls from other packages are read alike.

// StatusErrFact summarises such a function. ErrPkg and ErrName name the
// error type carrying the status (returned as T or *T), Field its int
// field holding the status; all empty when the error carries none.
type StatusErrFact struct {
	ErrPkg, ErrName, Field string
	// Arg, when not 0, is the 1-based index of a response parameter:
	// the function sends nothing and errs on every 4xx/5xx of the
	// response it is handed (return statusErr(resp)).
	Arg int
}

func (*StatusErrFact) AFact() {}

func (f *StatusErrFact) String() string {
	if f.ErrName == "" {
		return "errs on every 4xx/5xx"
	}
	return "errs on every 4xx/5xx with " + f.ErrName + "." + f.Field
}

// Carrier returns the error type the fact names, looked up among the
// packages imported by pkg (or pkg itself); nil when none.
func (f *StatusErrFact) Carrier(pkg *types.Package) *types.Named {
	if f == nil || f.ErrName == "" || pkg == nil {
		return nil
	}
	look := func(p *types.Package) *types.Named {
		if p.Path() != f.ErrPkg {
			return nil
		}
		tn, _ := p.Scope().Lookup(f.ErrName).(*types.TypeName)
		if tn == nil {
			return nil
		}
		n, _ := types.Unalias(tn.Type()).(*types.Named)
		return n
	}
	if n := look(pkg); n != nil {
		return n
	}
	for _, p := range pkg.Imports() {
		if n := look(p); n != nil {
			return n
		}
	}
	return nil
}

// errStatuses are the 4xx and 5xx answers a summary must turn into an
// error; okStatuses the 2xx of which one at least must not.
var errStatuses = []int{400, 401, 403, 404, 408, 409, 410, 422, 425, 429, 500, 502, 503, 504}
var okStatuses = []int{200, 201, 204}

// StatusErr returns the status-error summary of fn, of this package or
// (through its fact) of another; nil when it has none.
func (r *Result) StatusErr(fn *types.Func) *StatusErrFact {
	if r == nil || fn == nil {
		return nil
	}
	fn = fn.Origin()
	r.mu.Lock()
	defer r.mu.Unlock()
	if f, ok := r.statusErrs[fn]; ok {
		return f
	}
	return nil
}

// summariseStatusErrs computes the summaries of this package's functions
// (exported as facts) and imports those of the other packages' functions
// it calls, while facts can still be imported. Forwarders (statusfwd.go)
// are summarised after the functions they call, to a fixed point.
func (r *Result) summariseStatusErrs() {
	r.importStatusErrs()
	decls := funcs.Of(r.pass).Bodies()
	for _, d := range decls {
		fd, fn := d.Syntax, d.Func
		if s := r.statusErrOf(fd); s != nil {
			r.statusErrs[fn] = s
		} else if sig, _ := fn.Type().(*types.Signature); sig != nil && sig.Results().Len() > 0 && isErrorType(sig.Results().At(sig.Results().Len()-1).Type()) {
			if s := r.statusErrInLoop(fd, sig); s != nil {
				r.statusErrs[fn] = s // statuserrloop.go
			}
		}
		if c := r.statusCodeOf(fd); c != nil {
			r.statusCodes[fn] = c
		}
	}
	for changed := true; changed; {
		changed = false
		for _, d := range decls {
			fd, fn := d.Syntax, d.Func
			if r.statusErrs[fn] != nil {
				continue
			}
			if s := r.forwardedStatusErr(fd); s != nil {
				r.statusErrs[fn], changed = s, true
			}
		}
	}
	for _, d := range decls {
		if s := r.statusErrs[d.Func]; s != nil {
			r.pass.ExportObjectFact(d.Func, s)
		}
		if c := r.statusCodes[d.Func]; c != nil {
			r.pass.ExportObjectFact(d.Func, c)
		}
	}
}

// importStatusErrs imports the summaries of the other packages'
// functions this package calls.
func (r *Result) importStatusErrs() {
	for _, f := range r.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn := r.staticCallee(call)
			if fn == nil || fn.Pkg() == nil || fn.Pkg() == r.pass.Pkg {
				return true
			}
			if _, seen := r.statusErrs[fn]; !seen {
				fact := new(StatusErrFact)
				if r.pass.ImportObjectFact(fn, fact) {
					r.statusErrs[fn] = fact
				} else {
					r.statusErrs[fn] = nil
				}
				code := new(StatusCodeFact)
				if r.pass.ImportObjectFact(fn, code) {
					r.statusCodes[fn] = code
				}
			}
			return true
		})
	}
}

// statusErrOf summarises fd: after the statement that gets the response
// (resp, err := c.Do(req)), the first top-level if on its status must
// hold for every 4xx and 5xx (and not for some 2xx) and return a non-nil
// error; no other statement before it may return on the status.
func (r *Result) statusErrOf(fd *ast.FuncDecl) *StatusErrFact {
	info := r.pass.TypesInfo
	sig, _ := info.Defs[fd.Name].Type().(*types.Signature)
	if sig == nil || sig.Results().Len() == 0 || !isErrorType(sig.Results().At(sig.Results().Len()-1).Type()) {
		return nil
	}
	i, resp := respStmt(info, fd.Body)
	arg := 0
	if resp == nil {
		if arg, resp = respParam(sig); resp == nil {
			return nil
		}
	}
	for _, st := range fd.Body.List[i+1:] {
		is, ok := st.(*ast.IfStmt)
		if !ok || is.Init != nil {
			if mentionsObj(info, st, resp) && Steers(st) {
				return nil // returns on the response some other way
			}
			continue
		}
		if !mentionsObj(info, is.Cond, resp) {
			continue // if err != nil { return nil, err }
		}
		if !r.errOnEvery(is.Cond, resp) || is.Else != nil {
			return nil
		}
		ret, ok := lastStmt(is.Body).(*ast.ReturnStmt)
		if !ok || len(ret.Results) != sig.Results().Len() {
			return nil
		}
		f := r.errCarrier(ret.Results[len(ret.Results)-1], is.Body, resp)
		if f != nil {
			f.Arg = arg
		}
		return f
	}
	return nil
}

// respStmt returns the index of the top-level statement of body that
// assigns a response (*http.Response, resty's) from a call, and its
// variable.
func respStmt(info *types.Info, body *ast.BlockStmt) (int, *types.Var) {
	for i, st := range body.List {
		as, ok := st.(*ast.AssignStmt)
		if !ok || len(as.Rhs) != 1 {
			continue
		}
		if _, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr); !ok {
			continue
		}
		for _, l := range as.Lhs {
			if id, ok := l.(*ast.Ident); ok {
				if v, ok := info.ObjectOf(id).(*types.Var); ok && IsResponse(v.Type()) {
					return i, v
				}
			}
		}
	}
	return -1, nil
}

// errOnEvery reports whether cond, a test of resp's status, holds for
// every 4xx and 5xx status and fails for some 2xx one.
func (r *Result) errOnEvery(cond ast.Expr, resp *types.Var) bool {
	for _, s := range errStatuses {
		if v, ok := r.statusHolds(cond, resp, s); !ok || !v {
			return false
		}
	}
	for _, s := range okStatuses {
		if v, ok := r.statusHolds(cond, resp, s); ok && !v {
			return true
		}
	}
	return false
}

// statusHolds evaluates cond for an answer of the given status: &&, ||,
// !, comparisons of resp's status (or of its class, status/100) with an
// integer constant, resty's IsSuccess()/IsError().
func (r *Result) statusHolds(cond ast.Expr, resp *types.Var, status int) (bool, bool) {
	info := r.pass.TypesInfo
	switch x := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if x.Op == token.NOT {
			v, ok := r.statusHolds(x.X, resp, status)
			return !v, ok
		}
	case *ast.CallExpr:
		if recv, holds := StatusTest(info, x); holds != nil && isVar(info, recv, resp) {
			return holds(status), true
		}
	case *ast.BinaryExpr:
		switch x.Op {
		case token.LAND, token.LOR:
			l, lok := r.statusHolds(x.X, resp, status)
			rv, rok := r.statusHolds(x.Y, resp, status)
			if !lok || !rok {
				return false, false
			}
			if x.Op == token.LAND {
				return l && rv, true
			}
			return l || rv, true
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			return r.statusCompare(x, resp, status)
		}
	}
	return false, false
}

func (r *Result) statusCompare(b *ast.BinaryExpr, resp *types.Var, status int) (bool, bool) {
	info := r.pass.TypesInfo
	x, y, op := ast.Unparen(b.X), ast.Unparen(b.Y), b.Op
	if tv, ok := info.Types[x]; ok && tv.Value != nil {
		x, y, op = y, x, MirrorOp(op)
	}
	tv, ok := info.Types[y]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return false, false
	}
	val := int64(status)
	if q, ok := x.(*ast.BinaryExpr); ok && q.Op == token.QUO {
		d, ok := info.Types[ast.Unparen(q.Y)]
		n, exact := int64(0), false
		if ok && d.Value != nil && d.Value.Kind() == constant.Int {
			n, exact = constant.Int64Val(d.Value)
		}
		if !exact || n <= 0 {
			return false, false
		}
		x, val = ast.Unparen(q.X), val/n
	}
	if !isVar(info, StatusRead(info, x), resp) {
		return false, false
	}
	return constant.Compare(constant.MakeInt64(val), op, tv.Value), true
}

// MirrorOp is the comparison with its operands swapped (a < b is b > a).
func MirrorOp(op token.Token) token.Token {
	switch op {
	case token.LSS:
		return token.GTR
	case token.GTR:
		return token.LSS
	case token.LEQ:
		return token.GEQ
	case token.GEQ:
		return token.LEQ
	}
	return op
}

func isVar(info *types.Info, e ast.Expr, v *types.Var) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && v != nil && info.ObjectOf(id) == v
}

func isErrorType(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

func lastStmt(b *ast.BlockStmt) ast.Stmt {
	if b == nil || len(b.List) == 0 {
		return nil
	}
	return b.List[len(b.List)-1]
}

// Steers reports whether n can change where control goes: a return,
// continue, break or goto, or a call that exits.
func Steers(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		switch s := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt, *ast.BranchStmt:
			found = true
		case *ast.CallExpr:
			if IsExit(s) {
				found = true
			}
		}
		return !found
	})
	return found
}

// AnyCall reports whether n (function literals excluded) holds a call
// that p accepts.
func AnyCall(n ast.Node, p func(*ast.CallExpr) bool) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			found = found || p(m)
		}
		return !found
	})
	return found
}

// errCarrier returns the summary for e, the error returned on a non-2xx
// answer, when it is surely not nil: fmt.Errorf, errors.New, a composite
// of an error type (&StatusError{Code: resp.StatusCode}), or the address
// of a local of such a type whose status field the branch sets. Nil
// otherwise (a call that may return nil, a variable).
func (r *Result) errCarrier(e ast.Expr, branch *ast.BlockStmt, resp *types.Var) *StatusErrFact {
	info := r.pass.TypesInfo
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok {
		if fn := r.staticCallee(call); fn != nil && fn.Pkg() != nil {
			switch fn.Pkg().Path() + "." + fn.Name() {
			case "fmt.Errorf", "errors.New":
				return &StatusErrFact{}
			}
		}
		return nil
	}
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch x := e.(type) {
	case *ast.CompositeLit:
		for _, el := range x.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if k, ok := kv.Key.(*ast.Ident); ok && isVar(info, StatusRead(info, kv.Value), resp) {
				return carrierFact(info.TypeOf(x), k.Name)
			}
		}
		return &StatusErrFact{}
	case *ast.Ident:
		v, _ := info.ObjectOf(x).(*types.Var)
		if v == nil || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
			return nil
		}
		field := ""
		ast.Inspect(branch, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if ok && len(as.Lhs) == 1 && len(as.Rhs) == 1 && isVar(info, StatusRead(info, as.Rhs[0]), resp) {
				if sel, ok := as.Lhs[0].(*ast.SelectorExpr); ok && isVar(info, sel.X, v) {
					field = sel.Sel.Name
				}
			}
			return field == ""
		})
		if field == "" {
			if lit := definedLit(info, branch, v); lit != nil {
				return r.errCarrier(lit, branch, resp) // e := &APIError{Status: resp.StatusCode}
			}
			return nil // may be the zero value of an interface or pointer
		}
		return carrierFact(v.Type(), field)
	}
	return nil
}

// carrierFact names t (T or *T, a named struct of a package) and its int
// field as the status carrier; a summary without carrier otherwise.
func carrierFact(t types.Type, field string) *StatusErrFact {
	n, ok := types.Unalias(derefType(t)).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return &StatusErrFact{}
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return &StatusErrFact{}
	}
	for i := 0; i < st.NumFields(); i++ {
		if f := st.Field(i); f.Name() == field {
			if b, ok := f.Type().Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
				return &StatusErrFact{ErrPkg: n.Obj().Pkg().Path(), ErrName: n.Obj().Name(), Field: field}
			}
		}
	}
	return &StatusErrFact{}
}
