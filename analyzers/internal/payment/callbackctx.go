package payment

import (
	"go/ast"
	"go/types"
)

// callbackCtx: the context a call hands the function literal whose
// context parameter v is, when that call was itself given a context
// (sethvargo/go-retry's retry.Do(ctx, b, func(ctx context.Context) error
// {…}), a helper's Run(ctx, func(ctx) …)): the callee runs the literal
// with that context or one derived from it, which keeps its values (an
// idempotency key put there once before the retry). nil otherwise.
func (b *builder) callbackCtx(v *types.Var, decl *ast.FuncDecl) ast.Expr {
	ref, ok := b.ix.paramOf[v] // index.go: the literal that declares v
	if !ok || ref.Lit == nil || decl == nil || decl.Body == nil || !isContext(v.Type()) {
		return nil
	}
	var out ast.Expr
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || out != nil {
			return out == nil
		}
		for _, a := range call.Args {
			if unparen(a) == ref.Lit {
				out = b.ctxArg(call)
				return false
			}
		}
		return true
	})
	return out
}

// ctxArg: the argument of call that is a context (not a literal).
func (b *builder) ctxArg(call *ast.CallExpr) ast.Expr {
	for _, a := range call.Args {
		if _, lit := unparen(a).(*ast.FuncLit); !lit && isContext(b.ix.info.TypeOf(a)) {
			return a
		}
	}
	return nil
}
