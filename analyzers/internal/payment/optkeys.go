package payment

import "go/ast"

// Request options made by a helper: an SDK write handed its options
// spread from a function of this package that returns them
// (c.svc.Payments.Create(ctx, params, c.requestOptions(b)...), with
// requestOptions returning []gocardless.RequestOption{…,
// gocardless.WithIdempotencyKey(fmt.Sprintf("bill-%s-%d", b.ID,
// time.Now().UnixNano())), …}). The key is the one the returned literal
// attaches, judged as made in the helper: a key the helper makes (a clock
// or random value) is new on every call, one from its parameter is the
// caller's argument. Options returned in any other shape (appended, a
// variable, another package's function) stay unknown: the rule is silent.

// spreadOptionsKey returns the key attached by the options a local
// helper returns as a slice literal, nil when none is seen.
func (b *builder) spreadOptionsKey(e ast.Expr, p *provider, decl *ast.FuncDecl) *Key {
	call, ok := unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	return b.fromLocalReturn(call, decl, 0, func(ret ast.Expr, cd *ast.FuncDecl, depth int) *Key {
		lit, ok := unparen(ret).(*ast.CompositeLit)
		if !ok {
			return nil
		}
		for _, el := range lit.Elts {
			k := b.optionKey(el, p, cd, depth)
			if k == nil {
				continue
			}
			if k.Value == nil && k.Param < 0 && !k.FreshInCallee && len(k.Fresh) == 0 {
				return nil // an option the model cannot read may attach one
			}
			return k
		}
		return nil
	})
}
