package payment

import (
	"go/ast"
	"go/types"
)

// ---- URLs built by a function of the package ----------------------------------
//
// Hand-written clients build their URLs in one place:
//
//	func (c *Client) url(path string) string {
//		return fmt.Sprintf("%s/v1/merchants/%s%s", c.base, c.merchant, path)
//	}
//	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.url("/payments"), body)
//
// The URL sent is the helper's result with its parameters replaced by
// the call's arguments. Only a function of this package whose body is a
// single return of one string is read (a one-line builder: what it
// returns is all it does); the arguments are evaluated where the call
// is, the helper's own values (c.base) stay holes.

// helperString evaluates call, a call of a URL-building function of
// this package; ok false when fn is not one.
func (ix *index) helperString(call *ast.CallExpr, fn *types.Func, depth int) (strval, bool) {
	d := ix.declOf[fn]
	if d == nil || d.Body == nil || len(d.Body.List) != 1 {
		return nil, false
	}
	ret, ok := d.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil, false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Variadic() || sig.Results().Len() != 1 || sig.Params().Len() != len(call.Args) {
		return nil, false
	}
	if b, ok := sig.Results().At(0).Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
		return nil, false
	}
	frame := make(map[*types.Var]strval, len(call.Args))
	for i, a := range call.Args {
		frame[sig.Params().At(i)] = ix.evalStr(a, depth+1)
	}
	outer := ix.strArgs
	ix.strArgs = frame
	v := ix.evalStr(ret.Results[0], depth+1)
	ix.strArgs = outer
	return v, true
}

// strArg returns the value a parameter of the URL helper being
// evaluated was called with.
func (ix *index) strArg(e ast.Expr) (strval, bool) {
	if ix.strArgs == nil {
		return nil, false
	}
	v := ix.identVar(e)
	if v == nil {
		return nil, false
	}
	sv, ok := ix.strArgs[v]
	return append(strval{}, sv...), ok
}
