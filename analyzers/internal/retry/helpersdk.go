package retry

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/funcs"
)

// ---- an SDK write's error handed, unclassified, to an in-house helper ------
//
// Some SDKs return no *http.Response (ErrsOnStatus needs one) yet end
// every non-2xx answer in an error. Checked in the module cache:
// razorpay-go v1.2.0–v1.4.0, requests/request.go doRequestResponse: an
// answer outside 200–299 returns *errors.ServerError or *GatewayError
// when the body's internal_error_code says so and *errors.BadRequestError
// otherwise (a 400 and a 503 alike); only an answer whose code is
// BAD_REQUEST_ERROR falls through to processResponse, whose body is then
// already read, and comes back as an empty map with a nil error, which
// stops any retry. So the call's error is "the answer was refused or
// failed", whatever the status: an operation retried on it alone sends
// a refused refund round again.
var errsOnEveryStatusSDKs = []string{
	"github.com/razorpay/razorpay-go/",
}

// ErrsOnEveryStatus reports whether call is a method of such an SDK
// returning an error: its error stands for every non-2xx answer.
func ErrsOnEveryStatus(info *types.Info, call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	known := false
	for _, p := range errsOnEveryStatusSDKs {
		if strings.HasPrefix(fn.Pkg().Path()+"/", p) {
			known = true
		}
	}
	sig, _ := fn.Type().(*types.Signature)
	if !known || sig == nil || sig.Recv() == nil || sig.Results().Len() == 0 {
		return false
	}
	return isErrorType(sig.Results().At(sig.Results().Len() - 1).Type())
}

// StopMarkFact marks a retry helper that stops when its callback's
// error is, or wraps, a value of a type of the helper's own package
// (`var p permanent; if errors.As(err, &p) { return … }`) and otherwise
// goes round; Makers are the package's functions making that value
// (Permanent(err) returning permanent{err}). A helper testing the
// opposite (`if !errors.As(err, &tmp) { return err }`: only what is
// marked Retryable goes round) gets no fact.
type StopMarkFact struct{ Makers []string }

// AFact marks StopMarkFact as a fact.
func (*StopMarkFact) AFact() {}

func (f *StopMarkFact) String() string {
	return "stops on its own mark made by " + strings.Join(f.Makers, ", ")
}

// exportStopMarks exports StopMarkFact for the package's helpers.
func (r *Result) exportStopMarks() {
	info := r.pass.TypesInfo
	makers := map[*types.TypeName][]string{}
	var helpers []funcs.Decl
	for _, d := range funcs.Of(r.pass).Bodies() {
		fd, fn := d.Syntax, d.Func
		if r.local[fn] != nil {
			helpers = append(helpers, d)
		}
		if tn := makerOf(info, fd); tn != nil && fd.Recv == nil && fd.Name.IsExported() {
			makers[tn] = append(makers[tn], fd.Name.Name)
		}
	}
	for _, d := range helpers {
		fd, fn := d.Syntax, d.Func
		h := r.local[fn]
		if !h.AgainAfterError || h.ErrorStops || h.DoneBool || h.RespKnown {
			continue
		}
		// An ErrFilterFact of such a helper is the errFilter walk's
		// reading of the mark's test (errors.As taken for a status
		// carrier found: every failure stops): when that test is the
		// only one (onlyTest), the mark says what goes round.
		if tn, is := stopTest(info, fd.Body); tn != nil && len(makers[tn]) > 0 && onlyTest(info, fd.Body, is) {
			r.pass.ExportObjectFact(fn, &StopMarkFact{Makers: makers[tn]})
		}
	}
}

// makerOf returns the package's type T when fd returns one error
// and its body is `return T{…}` or `return &T{…}`.
func makerOf(info *types.Info, fd *ast.FuncDecl) *types.TypeName {
	if len(fd.Body.List) != 1 || fd.Type.Results == nil || len(fd.Type.Results.List) != 1 {
		return nil
	}
	ret, ok := fd.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 || !isErrorType(info.TypeOf(fd.Type.Results.List[0].Type)) {
		return nil
	}
	e := ast.Unparen(ret.Results[0])
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = u.X
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	return localType(info.TypeOf(lit))
}

// localType is the package-level named type t (or t points to):
// the makers and the stop test are matched by it within one package.
func localType(t types.Type) *types.TypeName {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Parent() != n.Obj().Pkg().Scope() {
		return nil
	}
	return n.Obj()
}

// stopTest returns the type T of an `if errors.As(err, &v) { … return
// … }` in body (no else, the branch ending in a return), v of the
// package's type T: the helper stops on that mark.
func stopTest(info *types.Info, body *ast.BlockStmt) (*types.TypeName, *ast.IfStmt) {
	var out *types.TypeName
	var at *ast.IfStmt
	ast.Inspect(body, func(n ast.Node) bool {
		is, ok := n.(*ast.IfStmt)
		if !ok || out != nil {
			return out == nil
		}
		call, ok := ast.Unparen(is.Cond).(*ast.CallExpr)
		if !ok || is.Else != nil || len(is.Body.List) == 0 || len(call.Args) != 2 {
			return true
		}
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "errors" || fn.Name() != "As" {
			return true
		}
		if _, ret := is.Body.List[len(is.Body.List)-1].(*ast.ReturnStmt); !ret {
			return true
		}
		u, ok := ast.Unparen(call.Args[1]).(*ast.UnaryExpr)
		if !ok || u.Op != token.AND {
			return true
		}
		if tn := localType(info.TypeOf(u.X)); tn != nil {
			out, at = tn, is
		}
		return true
	})
	return out, at
}

// onlyTest reports whether the stop test is the only test of the
// failure in the helper's body: every other if compares with nil or
// counts (no call, no error compared with anything but nil, no switch),
// so nothing else the model cannot read decides what goes round; a
// context's Err() is a bound, not a test of the failure.
func onlyTest(info *types.Info, body *ast.BlockStmt, stop *ast.IfStmt) bool {
	ok := true
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.SwitchStmt, *ast.TypeSwitchStmt:
			ok = false
		case *ast.IfStmt:
			if n == stop {
				return true
			}
			ast.Inspect(n.Cond, func(m ast.Node) bool {
				switch m := m.(type) {
				case *ast.CallExpr:
					ok = ctxErr(info, m) // ctx.Err() != nil: a bound
				case *ast.BinaryExpr:
					lt, rt := info.TypeOf(m.X), info.TypeOf(m.Y)
					if lt != nil && isErrorType(lt) && !nilByIdent(info, m.Y) || rt != nil && isErrorType(rt) && !nilByIdent(info, m.X) {
						ok = false
					}
				}
				return ok
			})
		}
		return ok
	})
	return ok
}

func nilByIdent(info *types.Info, e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	_, isNil := info.ObjectOf(id).(*types.Nil)
	return isNil
}

// StopMarked reports whether fn is a helper stopping only on its own
// mark (StopMarkFact): the failure test the model could not read as a
// status filter is that mark's, read at the callback's returns.
func (r *Result) StopMarked(fn *types.Func) bool {
	if r == nil || fn == nil || fn.Pkg() == nil {
		return false
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stopMark(fn) != nil
}

// stopMark returns the stop-mark fact of helper fn, nil if none.
func (r *Result) stopMark(fn *types.Func) *StopMarkFact {
	fn = fn.Origin()
	f := new(StopMarkFact)
	if fn.Pkg() == r.pass.Pkg {
		// exported during Run: read back from this pass's facts
		if r.pass.ImportObjectFact != nil && r.pass.ImportObjectFact(fn, f) {
			return f
		}
		return nil
	}
	if r.pass.ImportObjectFact != nil && r.pass.ImportObjectFact(fn, f) {
		return f
	}
	return nil
}

// RetriesEveryError reports whether the helper fn (of this package or
// an imported one) calls its callback again after any error it returns
// but one wrapped by its own package's stop mark (StopMarkFact), with
// no other test of the failure.
func (r *Result) RetriesEveryError(fn *types.Func) bool {
	if r == nil || fn == nil || fn.Pkg() == nil {
		return false
	}
	h := r.Helper(fn)
	if h == nil || !h.AgainAfterError || h.ErrorStops || h.DoneBool || h.RespKnown {
		return false
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stopMark(fn) != nil
}

// HelperWrap reports whether e is a call of a maker of helper's stop
// mark (retryx.Permanent(err)): the return stops the retries.
func (r *Result) HelperWrap(info *types.Info, e ast.Expr, helper *types.Func) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || r == nil || helper == nil {
		return false
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.Pkg() != helper.Pkg() {
		return false
	}
	r.mu.Lock()
	m := r.stopMark(helper)
	r.mu.Unlock()
	if m == nil {
		return false
	}
	for _, n := range m.Makers {
		if n == fn.Name() {
			return true
		}
	}
	return false
}

// ctxErr: a call of a context.Context's Err method.
func ctxErr(info *types.Info, call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "context" && fn.Name() == "Err"
}
