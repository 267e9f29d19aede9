package poll

import (
	"go/ast"
	"go/types"
)

// ---- callbacks made by a factory --------------------------------------------
//
// A poll helper's callback is often made by a small function of the
// package that closes over the payment id:
//
//	func (p *PSP) paidOrFailed(id string) pollkit.CheckFunc {
//		return func(ctx context.Context) (bool, error) { … p.status(ctx, id) … }
//	}
//	pollkit.Until(ctx, 500*time.Millisecond, p.paidOrFailed(paymentID))
//
// The callback is the literal the factory returns: the loop's body is its
// body, and an id that is a parameter of the factory is the argument the
// call gives it (paymentID). Followed only when the factory is declared in
// the same file (the finder's parents, definitions and ops are the
// file's) and every return of its body returns that one literal.

// factoryLit returns the function literal returned by the function call
// calls, nil if it is not such a factory.
func (f *finder) factoryLit(call *ast.CallExpr) *ast.FuncLit {
	decl := f.factoryDecl(call)
	if decl == nil {
		return nil
	}
	var lit *ast.FuncLit
	ok := true
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its returns are its own
		case *ast.ReturnStmt:
			if len(n.Results) != 1 {
				ok = false
				break
			}
			l := f.litValue(n.Results[0])
			if l == nil || lit != nil && l != lit {
				ok = false // a value, or two literals: not followed
			}
			lit = l
		}
		return ok
	})
	if !ok {
		return nil
	}
	return lit
}

// factoryDecl returns the declaration, in the finder's file, of the
// function or method call calls.
func (f *finder) factoryDecl(call *ast.CallExpr) *ast.FuncDecl {
	fn := f.calleeFunc(call)
	if fn == nil || fn.Pkg() != f.pass.Pkg {
		return nil
	}
	fn = fn.Origin()
	for _, d := range f.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && f.info.Defs[fd.Name] == fn {
			return fd
		}
	}
	return nil
}

// callerArg maps an id that is a parameter of the loop's factory to the
// argument its call passes; any other id is returned as is.
func (l *Loop) callerArg(id ast.Expr) ast.Expr {
	if l.factory == nil || l.f == nil {
		return id
	}
	v := l.f.varOf(id)
	decl := l.f.factoryDecl(l.factory)
	if v == nil || decl == nil {
		return id
	}
	i := 0
	for _, field := range decl.Type.Params.List {
		for _, name := range field.Names {
			if l.f.info.Defs[name] == types.Object(v) && i < len(l.factory.Args) && !variadicAt(decl, i) {
				return l.factory.Args[i]
			}
			i++
		}
		if len(field.Names) == 0 {
			i++
		}
	}
	return id
}

// variadicAt: parameter i of decl is its variadic one.
func variadicAt(decl *ast.FuncDecl, i int) bool {
	n := 0
	for _, field := range decl.Type.Params.List {
		k := max(len(field.Names), 1)
		if i < n+k {
			_, ok := field.Type.(*ast.Ellipsis)
			return ok
		}
		n += k
	}
	return false
}

// litValue: e is a function literal, or a local defined from one and
// never assigned again.
func (f *finder) litValue(e ast.Expr) *ast.FuncLit {
	e = unparen(e)
	if v := f.varOf(e); v != nil && len(f.assigns[v]) == 0 {
		if def := f.defs[v]; def != nil {
			if rhs, ok := f.defValue(def); ok && rhs != nil {
				e = unparen(rhs)
			}
		}
	}
	lit, _ := e.(*ast.FuncLit)
	return lit
}
