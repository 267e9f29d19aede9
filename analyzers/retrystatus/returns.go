package retrystatus

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/retry"
)

// returns classifies the return statements of an operation handed to a
// retry library: which errors stop the retries and which ask for another
// attempt. Nil when the library is not read (or, for retry-go, a RetryIf
// option decides instead of the returned error).
func returns(pass *analysis.Pass, w *world, c *retry.Construct) func(*ast.ReturnStmt) verdict {
	call, ok := c.Node.(*ast.CallExpr)
	if !ok {
		return nil
	}
	fn := callee(pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	path := fn.Pkg().Path()
	lib := func(e ast.Expr, prefix string, names ...string) (ast.Expr, bool) {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return nil, false
		}
		f := callee(pass.TypesInfo, call)
		if f == nil || f.Pkg() == nil || !strings.HasPrefix(f.Pkg().Path(), prefix) {
			return nil, false
		}
		for _, n := range names {
			if f.Name() == n && len(call.Args) == 1 {
				return call.Args[0], true
			}
		}
		return nil, false
	}
	last := func(r *ast.ReturnStmt) ast.Expr {
		if len(r.Results) == 0 {
			return nil
		}
		return r.Results[len(r.Results)-1]
	}
	if c.Kind == retry.Helper {
		// An in-house helper retries whatever error the callback returns.
		return func(r *ast.ReturnStmt) verdict { return w.errValue(last(r)) }
	}
	switch {
	case strings.HasPrefix(path, "github.com/cenkalti/backoff"):
		return func(r *ast.ReturnStmt) verdict {
			e := last(r)
			if _, ok := lib(e, "github.com/cenkalti/backoff", "Permanent"); ok {
				return stop
			}
			if _, ok := lib(e, "github.com/cenkalti/backoff", "RetryAfter"); ok {
				return again
			}
			return w.errValue(e)
		}
	case strings.HasPrefix(path, "github.com/avast/retry-go"):
		if hasRetryIf(pass, call) {
			return nil
		}
		return func(r *ast.ReturnStmt) verdict {
			e := last(r)
			if _, ok := lib(e, "github.com/avast/retry-go", "Unrecoverable"); ok {
				return stop
			}
			return w.errValue(e)
		}
	case path == "github.com/sethvargo/go-retry":
		// Only errors marked with RetryableError are retried.
		return func(r *ast.ReturnStmt) verdict {
			if x, ok := lib(last(r), "github.com/sethvargo/go-retry", "RetryableError"); ok {
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
			if w.stripeWorld() {
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
		if fn := callee(w.info, x); fn != nil && fn.Pkg() != nil {
			switch fn.Pkg().Path() + "." + fn.Name() {
			case "fmt.Errorf", "errors.New", "errors.Join":
				return again
			}
		}
	case *ast.UnaryExpr, *ast.CompositeLit:
		return again // &StatusError{…}
	}
	return unknown
}

// hasRetryIf reports whether a retry-go call is given a RetryIf option,
// directly or through the v5 New(…) its Retrier comes from.
func hasRetryIf(pass *analysis.Pass, call *ast.CallExpr) bool {
	found := false
	check := func(args []ast.Expr) {
		for _, a := range args {
			ast.Inspect(a, func(n ast.Node) bool {
				if c, ok := n.(*ast.CallExpr); ok {
					if f := callee(pass.TypesInfo, c); f != nil && f.Name() == "RetryIf" {
						found = true
					}
				}
				return !found
			})
		}
	}
	check(call.Args)
	if call.Ellipsis.IsValid() {
		return true // options not visible: unknown
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
			// r := retry.New(…); r.Do(f): look at New's options.
			obj := pass.TypesInfo.ObjectOf(id)
			for _, f := range pass.Files {
				ast.Inspect(f, func(n ast.Node) bool {
					if as, ok := n.(*ast.AssignStmt); ok && len(as.Lhs) == len(as.Rhs) {
						for k, l := range as.Lhs {
							if lid, ok := l.(*ast.Ident); ok && pass.TypesInfo.ObjectOf(lid) == obj {
								if nc, ok := ast.Unparen(as.Rhs[k]).(*ast.CallExpr); ok {
									check(nc.Args)
									if nc.Ellipsis.IsValid() {
										found = true
									}
								}
							}
						}
					}
					return !found
				})
			}
		} else if nc, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok {
			check(nc.Args)
			if nc.Ellipsis.IsValid() {
				found = true
			}
		}
	}
	return found
}
