package retrycond

import (
	"go/ast"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/retry"
)

// returns classifies the return statements of an operation handed to a
// retry library or helper: which errors stop the retries and which ask
// for another attempt, as the retry model's policy of the construct says.
// Nil when the returned error does not decide (retry-go's RetryIf) or
// the library is not known.
func returns(retries *retry.Result, w *world, c *retry.Construct) func(*ast.ReturnStmt) verdict {
	last := func(r *ast.ReturnStmt) ast.Expr {
		if len(r.Results) == 0 {
			return nil
		}
		return r.Results[len(r.Results)-1]
	}
	if c.Kind == retry.Helper {
		call, ok := c.Node.(*ast.CallExpr)
		if !ok {
			return nil
		}
		fn := callee(w.info, call)
		if fn == nil || fn.Pkg() == nil {
			return nil // a helper reached through a func value
		}
		// A helper that tests the failure in a way the model cannot read
		// may stop on refusals: unknown.
		if ef := retries.ErrFilter(fn); ef != nil && !ef.Known && !retries.StopMarked(fn) {
			return nil
		}
		// An in-house helper retries whatever error the callback returns
		// (but for the statuses its own test stops on: filterHelper), but
		// an error of its own package's (retrykit.ErrPermanent, wrapped or
		// not): it is there for the helper to test.
		return func(r *ast.ReturnStmt) verdict {
			if carriesSentinelOf(w.info, last(r), fn.Pkg()) || retries.HelperWrap(w.info, last(r), fn) {
				return stop
			}
			if retries.MakesError(last(r)) {
				return again // an error maker of the package (errmaker.go)
			}
			return w.errValue(last(r))
		}
	}
	switch retries.PolicyOf(c).Errors {
	case retry.ErrorsRetried:
		return func(r *ast.ReturnStmt) verdict {
			e := last(r)
			switch mark, _ := retries.MarkOf(c, e); mark {
			case retry.Permanent:
				return stop
			case retry.Retryable:
				return again
			}
			if retries.MakesError(e) {
				return again // an error maker of the package (errmaker.go)
			}
			return w.errValue(e)
		}
	case retry.MarkedRetried:
		return func(r *ast.ReturnStmt) verdict {
			if mark, x := retries.MarkOf(c, last(r)); mark == retry.Retryable {
				return w.errValue(x)
			}
			return stop
		}
	}
	return nil
}

// errValue says whether a returned error is nil (stop) or an error
// (again): the call's own error is nil when the request went through;
// fmt.Errorf, errors.New, sentinel variables and error values are errors.
func (w *world) errValue(e ast.Expr) verdict {
	if e == nil {
		return stop
	}
	e = ast.Unparen(e)
	if w.isNil(e) {
		return stop
	}
	switch x := e.(type) {
	case *ast.Ident:
		obj := w.info.ObjectOf(x)
		if w.errVars[obj] {
			if w.stripeWorld() || w.errOnStatus {
				return again
			}
			return stop
		}
		if w.stripeVars[obj] {
			return again
		}
		if v, ok := obj.(*types.Var); ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
			return again // a sentinel error
		}
	case *ast.CallExpr:
		if x == w.opCall && w.errOnStatus {
			return again // return op(…): its error is every non-2xx answer
		}
		if fn := callee(w.info, x); fn != nil && fn.Pkg() != nil {
			switch fn.Pkg().Path() + "." + fn.Name() {
			case "fmt.Errorf", "errors.New", "errors.Join":
				return again
			}
			if isDecode(fn) {
				// return json.NewDecoder(resp.Body).Decode(&out): its error
				// says the body was malformed, whatever the status; the
				// statuses were told apart before it (or not at all).
				return stop
			}
		}
	case *ast.UnaryExpr, *ast.CompositeLit:
		return again // &StatusError{…}
	}
	return unknown
}

// carriesSentinelOf reports whether e is, or wraps (fmt.Errorf,
// errors.Join), a package-level error variable of pkg.
func carriesSentinelOf(info *types.Info, e ast.Expr, pkg *types.Package) bool {
	isSentinel := func(x ast.Expr) bool {
		id, ok := ast.Unparen(x).(*ast.Ident)
		if !ok {
			if sel, isSel := ast.Unparen(x).(*ast.SelectorExpr); isSel {
				id, ok = sel.Sel, true
			}
		}
		if !ok || id == nil {
			return false
		}
		v, isVar := info.ObjectOf(id).(*types.Var)
		return isVar && v.Pkg() == pkg && v.Parent() == pkg.Scope()
	}
	if e == nil {
		return false
	}
	if isSentinel(e) {
		return true
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	if fn := callee(info, call); fn == nil || fn.Pkg() == nil {
		return false
	} else if p := fn.Pkg().Path() + "." + fn.Name(); p != "fmt.Errorf" && p != "errors.Join" {
		return false
	}
	for _, a := range call.Args {
		if isSentinel(a) {
			return true
		}
	}
	return false
}

// filterHelper keeps, of the outcomes the walk sent round, those whose
// status the helper of c sends round after its own test of the failure
// (retry.ErrFilterFact): an in-house helper stopping on every answer but
// 429 and 5xx retries no refusal, whatever its callback returns.
func filterHelper(retries *retry.Result, w *world, c *retry.Construct, retried set) set {
	call, ok := c.Node.(*ast.CallExpr)
	if c.Kind != retry.Helper || !ok {
		return retried
	}
	ef := retries.ErrFilter(callee(w.info, call))
	if ef == nil || !ef.Known || retries.StopMarked(callee(w.info, call)) {
		return retried
	}
	goes := map[int]bool{}
	for _, s := range ef.Retried {
		goes[s] = true
	}
	for i, o := range w.outcomes {
		if o.status >= 300 && !goes[o.status] {
			retried &^= 1 << uint(i)
		}
	}
	return retried
}

// isDecode: a standard decoder of a body (json, xml), its error not a
// status.
func isDecode(fn *types.Func) bool {
	switch fn.Pkg().Path() {
	case "encoding/json", "encoding/xml":
		return fn.Name() == "Decode" || fn.Name() == "Unmarshal"
	}
	return false
}
