package retry

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// Error makers: a function of this package that returns a new non-nil
// error on every path (func decodeError(resp *http.Response) error { e :=
// &apiError{Status: resp.StatusCode}; _ = json.NewDecoder(…).Decode(e);
// return e }). An operation handed to cenkalti/backoff or retry-go that
// returns its error asks for another attempt as surely as one returning
// fmt.Errorf or &apiError{…} itself; without this the returned call was
// unknown and the refusal it carries was not seen retried. A maker that
// mentions the libraries' marks (backoff.Permanent, retry.Unrecoverable)
// or returns anything else on some path (nil, a parameter, a call's
// error) is not one: it may stop the retries.

// MakesError reports whether e calls such an error maker of this package.
func (r *Result) MakesError(e ast.Expr) bool {
	if r == nil {
		return false
	}
	r.init()
	return r.makesError(e, 0)
}

func (r *Result) makesError(e ast.Expr, depth int) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || depth > 2 {
		return false
	}
	fn, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return false
	}
	if fn.Pkg() != nil && (fn.Pkg().Path() == "fmt" && fn.Name() == "Errorf" || fn.Pkg().Path() == "errors" && fn.Name() == "New") {
		return depth > 0 && !r.mentionsMark(call) // in a maker's return
	}
	fd := r.decls[fn]
	if fd == nil || fd.Body == nil {
		return false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), types.Universe.Lookup("error").Type()) ||
		r.mentionsMark(fd.Body) {
		return false
	}
	made := map[types.Object]bool{} // locals defined once from &T{…} / T{…}
	assigned := map[types.Object]int{}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for i, lhs := range as.Lhs {
			id, ok := ast.Unparen(lhs).(*ast.Ident)
			if !ok {
				continue
			}
			obj := r.pass.TypesInfo.ObjectOf(id)
			assigned[obj]++
			if as.Tok == token.DEFINE && len(as.Lhs) == len(as.Rhs) && isNewValue(as.Rhs[i]) {
				made[obj] = true
			}
		}
		return true
	})
	returns, all := 0, true
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			returns++
			if len(x.Results) != 1 {
				all = false
				return false
			}
			res := ast.Unparen(x.Results[0])
			switch {
			case isNewValue(res):
			case r.makesError(res, depth+1):
			default:
				id, ok := res.(*ast.Ident)
				obj := types.Object(nil)
				if ok {
					obj = r.pass.TypesInfo.ObjectOf(id)
				}
				if obj == nil || !made[obj] || assigned[obj] != 1 {
					all = false
				}
			}
		}
		return true
	})
	return returns > 0 && all
}

// isNewValue: &T{…} or T{…}.
func isNewValue(e ast.Expr) bool {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	_, ok := e.(*ast.CompositeLit)
	return ok
}

// mentionsMark reports whether n refers to anything of the retry
// libraries (a mark such as backoff.Permanent).
func (r *Result) mentionsMark(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if id, ok := m.(*ast.Ident); ok && !found {
			if obj := r.pass.TypesInfo.Uses[id]; obj != nil && obj.Pkg() != nil {
				p := obj.Pkg().Path()
				found = strings.HasPrefix(p, backoffPath) || strings.HasPrefix(p, retryGoPath) || p == goRetryPath
			}
		}
		return !found
	})
	return found
}
