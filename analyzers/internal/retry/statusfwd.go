package retry

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
)

// Summaries that travel: a method that forwards the error of a wrapper
// summarised by StatusErrFact (if err := c.post(…); err != nil { return
// nil, err }) errs on every 4xx/5xx too, and one that hands back the
// answer's status as an int result (return out, resp.StatusCode(), nil)
// lets its callers test the status as if they held the response.

// StatusCodeFact summarises a function that sends a request and returns
// its status code as the int result at index Result, with a nil error,
// whenever an answer came.
type StatusCodeFact struct {
	Result int
}

func (*StatusCodeFact) AFact() {}

func (f *StatusCodeFact) String() string { return "returns the status code" }

// StatusCode returns the index of fn's result holding the status of the
// answer it got, or -1.
func (r *Result) StatusCode(fn *types.Func) int {
	if r == nil || fn == nil {
		return -1
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if f := r.statusCodes[fn.Origin()]; f != nil {
		return f.Result
	}
	return -1
}

// StatusErrOfArg returns the response handed to call when its callee
// errs on every 4xx/5xx of the response it is given (statusErr(resp)).
func (r *Result) StatusErrOfArg(call *ast.CallExpr) ast.Expr {
	if r == nil || call == nil {
		return nil
	}
	f := r.StatusErr(r.staticCallee(call))
	if f == nil || f.Arg < 1 || f.Arg > len(call.Args) {
		return nil
	}
	return call.Args[f.Arg-1]
}

// respParam returns the 1-based index and variable of a response
// parameter of sig.
func respParam(sig *types.Signature) (int, *types.Var) {
	for i := 0; i < sig.Params().Len(); i++ {
		if p := sig.Params().At(i); IsResponse(p.Type()) {
			return i + 1, p
		}
	}
	return 0, nil
}

// definedLit returns the composite literal (or its address) v is
// defined with in branch: apiErr := &APIError{Status: resp.StatusCode}.
func definedLit(info *types.Info, branch *ast.BlockStmt, v *types.Var) ast.Expr {
	for _, st := range branch.List {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE || len(as.Lhs) != 1 || len(as.Rhs) != 1 || !isVar(info, as.Lhs[0], v) {
			continue
		}
		e := ast.Unparen(as.Rhs[0])
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = ast.Unparen(u.X)
		}
		if _, ok := e.(*ast.CompositeLit); ok {
			return as.Rhs[0]
		}
	}
	return nil
}

// forwardedStatusErr summarises fd when the first top-level statement
// calling a summarised sender returns its error on err != nil, as it is
// or wrapped: return g(…); if err := g(…); err != nil { return nil, err };
// x, err := g(…) followed by if err != nil { return …, fmt.Errorf("…: %w",
// err) }, or by return &x, err.
func (r *Result) forwardedStatusErr(fd *ast.FuncDecl) *StatusErrFact {
	info := r.pass.TypesInfo
	sig, _ := info.Defs[fd.Name].Type().(*types.Signature)
	if sig == nil || sig.Results().Len() == 0 || !isErrorType(sig.Results().At(sig.Results().Len()-1).Type()) {
		return nil
	}
	list := fd.Body.List
	for j, st := range list {
		g := r.senderIn(st)
		if g == nil {
			continue
		}
		switch s := st.(type) {
		case *ast.ReturnStmt:
			if len(s.Results) == 1 && r.senderCall(s.Results[0]) == g {
				return copyFact(g, true)
			}
		case *ast.IfStmt:
			if as, ok := s.Init.(*ast.AssignStmt); ok && s.Else == nil {
				return r.forwards(sig, g, as, s)
			}
		case *ast.AssignStmt:
			if j+1 < len(list) {
				if is, ok := list[j+1].(*ast.IfStmt); ok && is.Init == nil && is.Else == nil {
					return r.forwards(sig, g, s, is)
				}
				if ret, ok := list[j+1].(*ast.ReturnStmt); ok {
					return r.returnsSenderErr(sig, g, s, ret) // ex_fwdreturn.go
				}
			}
		}
		return nil
	}
	return nil
}

// senderIn returns the summary of the sender called by st (outside
// closures), when st calls one.
func (r *Result) senderIn(st ast.Stmt) *StatusErrFact {
	var found *StatusErrFact
	ast.Inspect(st, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok || found != nil {
			return false
		}
		if call, ok := n.(*ast.CallExpr); ok {
			found = r.senderCall(call)
		}
		return found == nil
	})
	return found
}

// senderCall returns the summary of e's callee when e calls a function
// that sends a request and errs on every 4xx/5xx.
func (r *Result) senderCall(e ast.Expr) *StatusErrFact {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	fn := r.staticCallee(call)
	if fn == nil {
		return nil
	}
	f := r.statusErrs[fn]
	if f == nil || f.Arg != 0 {
		return nil
	}
	return f
}

// forwards reads `…, err := g(…)` (as) and `if err != nil { return …, E }`
// (is): E must be err itself or fmt.Errorf wrapping it.
func (r *Result) forwards(sig *types.Signature, g *StatusErrFact, as *ast.AssignStmt, is *ast.IfStmt) *StatusErrFact {
	info := r.pass.TypesInfo
	if len(as.Rhs) != 1 || r.senderCall(as.Rhs[0]) != g || len(as.Lhs) == 0 {
		return nil
	}
	errID, ok := as.Lhs[len(as.Lhs)-1].(*ast.Ident)
	if !ok {
		return nil // …, s.err = g(…): not a local error
	}
	errVar, _ := info.ObjectOf(errID).(*types.Var)
	if errVar == nil {
		return nil
	}
	cond, ok := ast.Unparen(is.Cond).(*ast.BinaryExpr)
	if !ok || cond.Op != token.NEQ || !isVar(info, cond.X, errVar) || !isNilExpr(info, cond.Y) {
		return nil
	}
	ret, ok := lastStmt(is.Body).(*ast.ReturnStmt)
	if !ok || len(ret.Results) != sig.Results().Len() {
		return nil
	}
	for _, st := range is.Body.List[:len(is.Body.List)-1] {
		if Steers(st) {
			return nil
		}
	}
	e := ast.Unparen(ret.Results[len(ret.Results)-1])
	if isVar(info, e, errVar) {
		return copyFact(g, true)
	}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return nil // return nil, ErrDeclined: a sentinel, not the error forwarded
	}
	if fn := r.staticCallee(call); fn == nil || fn.Pkg() == nil || fn.Pkg().Path()+"."+fn.Name() != "fmt.Errorf" || len(call.Args) < 2 {
		return nil
	}
	for _, a := range call.Args[1:] {
		if isVar(info, a, errVar) {
			return copyFact(g, wraps(info, call.Args[0]))
		}
	}
	return nil
}

// wraps reports whether a format string is a constant holding %w.
func wraps(info *types.Info, format ast.Expr) bool {
	tv, ok := info.Types[format]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.String && strings.Contains(constant.StringVal(tv.Value), "%w")
}

func isNilExpr(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.IsNil()
}

// copyFact returns g's summary, without its carrier when the error is
// not handed back as it is or wrapped with %w.
func copyFact(g *StatusErrFact, keepCarrier bool) *StatusErrFact {
	if !keepCarrier {
		return &StatusErrFact{}
	}
	return &StatusErrFact{ErrPkg: g.ErrPkg, ErrName: g.ErrName, Field: g.Field}
}

// statusCodeOf summarises fd when every return after the statement that
// gets the response hands back its status at one int result with a nil
// error, but under `if err != nil` on the send's own error (no answer).
// Under a test that lets no 4xx/5xx through (if out != nil &&
// res.StatusCode < 300 { decode }) a return may carry an error too: a
// success whose body did not decode still hands back its status, and
// every refusal still comes back with a nil error.
func (r *Result) statusCodeOf(fd *ast.FuncDecl) *StatusCodeFact {
	info := r.pass.TypesInfo
	sig, _ := info.Defs[fd.Name].Type().(*types.Signature)
	nres := 0
	if sig != nil {
		nres = sig.Results().Len()
	}
	if nres < 2 || !isErrorType(sig.Results().At(nres-1).Type()) {
		return nil
	}
	i, resp := respStmt(info, fd.Body)
	if resp == nil {
		return nil
	}
	var sendErr *types.Var
	for _, l := range fd.Body.List[i].(*ast.AssignStmt).Lhs {
		if id := identOf(l); id != nil {
			if v, ok := info.ObjectOf(id).(*types.Var); ok && isErrorType(v.Type()) {
				sendErr = v
			}
		}
	}
	k, ok := -1, true
	var visitIn func(only2xx bool) func(n ast.Node) bool
	visitIn = func(only2xx bool) func(n ast.Node) bool {
		var visit func(n ast.Node) bool
		visit = func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.IfStmt:
				noAnswer := false
				if c, isBin := ast.Unparen(x.Cond).(*ast.BinaryExpr); isBin && c.Op == token.NEQ && isVar(info, c.X, sendErr) && isNilExpr(info, c.Y) {
					noAnswer = true
				}
				if !noAnswer && (only2xx || !r.limitsTo2xx(x.Cond, resp)) {
					break
				}
				if x.Init != nil {
					ast.Inspect(x.Init, visit)
				}
				if !noAnswer {
					ast.Inspect(x.Body, visitIn(true))
				}
				if x.Else != nil {
					ast.Inspect(x.Else, visit)
				}
				return false
			case *ast.ReturnStmt:
				at := codeAt(info, x, resp, nres, only2xx)
				if at < 0 || (k >= 0 && at != k) {
					ok = false
				}
				k = at
			}
			return ok
		}
		return visit
	}
	for _, st := range fd.Body.List[i+1:] {
		ast.Inspect(st, visitIn(false))
	}
	if !ok || k < 0 {
		return nil
	}
	return &StatusCodeFact{Result: k}
}

// codeAt returns the index of the int result of ret that reads resp's
// status, when its error is nil (or may be set, on a 2xx only); -1
// otherwise.
func codeAt(info *types.Info, ret *ast.ReturnStmt, resp *types.Var, n int, only2xx bool) int {
	if len(ret.Results) != n || (!only2xx && !isNilExpr(info, ret.Results[n-1])) {
		return -1
	}
	for j, e := range ret.Results[:n-1] {
		if isVar(info, StatusRead(info, e), resp) {
			return j
		}
	}
	return -1
}

// limitsTo2xx reports whether cond lets no 4xx or 5xx answer of resp
// through: one of its && operands, a test of the status alone, fails for
// every 4xx and 5xx and holds for some 2xx (out != nil && res.StatusCode
// < 300, resp.StatusCode == http.StatusOK, a status below 400).
func (r *Result) limitsTo2xx(cond ast.Expr, resp *types.Var) bool {
	if b, ok := ast.Unparen(cond).(*ast.BinaryExpr); ok && b.Op == token.LAND {
		return r.limitsTo2xx(b.X, resp) || r.limitsTo2xx(b.Y, resp)
	}
	for _, s := range errStatuses {
		if v, ok := r.statusHolds(cond, resp, s); !ok || v {
			return false
		}
	}
	for _, s := range okStatuses {
		if v, ok := r.statusHolds(cond, resp, s); ok && v {
			return true
		}
	}
	return false
}
