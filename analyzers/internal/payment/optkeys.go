package payment

import (
	"go/ast"
	"go/types"
	"strings"
)

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

// The caller's options handed on: a wrapper that takes variadic request
// options and spreads them into the SDK call
//
//	func (g *GoCardless) Collect(ctx context.Context, m Membership, mandate string, opts ...gocardless.RequestOption) (*gocardless.Payment, error) {
//		return g.svc.Payments.Create(ctx, gocardless.PaymentCreateParams{…}, opts...)
//	}
//
// attaches whatever key its caller passes, and none when the caller
// passes no option: its key parameter is the options (Key.Options,
// WrapperFact.KeyOptions), and each call site is judged by the options
// it passes, as a direct SDK call would be. An SDK that adds its own
// random key when none is given (gocardless-pro-go, AutoKey) then sends
// a new key on every attempt of a retry around a call that passes none.

// variadicOptions: e is decl's variadic parameter, spread into the call.
func (b *builder) variadicOptions(e ast.Expr, decl *ast.FuncDecl) *Key {
	v := b.ix.identVar(e)
	if v == nil || decl == nil {
		return nil
	}
	ref, ok := b.ix.paramOf[v]
	if !ok || ref.Decl != decl {
		return nil
	}
	fn, _ := b.ix.info.Defs[decl.Name].(*types.Func)
	if fn == nil {
		return nil
	}
	sig := fn.Type().(*types.Signature)
	if !sig.Variadic() || ref.Index != sig.Params().Len()-1 {
		return nil
	}
	return &Key{Name: "RequestOption", At: e, Param: ref.Index, Options: true}
}

// wrapperOptionsKey is the key the options passed to a wrapper whose key
// parameter is its variadic request options (f.KeyOptions) attach; nil
// when the call passes none that attaches one.
func (b *builder) wrapperOptionsKey(call *ast.CallExpr, f *WrapperFact, decl *ast.FuncDecl) *Key {
	p := providerOfDesc(f.Desc)
	if p == nil {
		if f.KeyParam < len(call.Args) {
			return &Key{Name: f.KeyName, At: call.Args[f.KeyParam], Param: -1} // not readable: may attach one
		}
		return nil
	}
	return b.optionsKey(call, f.KeyParam, p, decl)
}

// providerOfDesc: the SDK whose op a description names ("gocardless
// Payments.Create"), nil if none.
func providerOfDesc(desc string) *provider {
	for _, p := range providers {
		if strings.HasPrefix(desc, p.Label+" ") || strings.Contains(desc, "("+p.Label+" ") {
			return p
		}
	}
	return nil
}
