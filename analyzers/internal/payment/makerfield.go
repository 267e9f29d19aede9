package payment

import (
	"go/ast"
	"go/types"
)

// A client may hold its key maker in a func-typed field (newKey func()
// string, set to uuid.NewString in its constructor, so tests can swap
// it). Calling c.newKey() then makes a fresh value on every call as
// surely as calling uuid.NewString() does, when every value the package
// gives the field is such a maker. Only unexported fields: no other
// package can set them, so the assignments in sight are all there are.
// A field given anything else (a constant key, a caller's func, a
// parameter) is not surely fresh, and stays unjudged.

// freshFuncField: call calls an unexported func-typed field whose every
// value in this package is a function making a fresh value.
func (b *builder) freshFuncField(call *ast.CallExpr) bool {
	sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s, ok := b.pass.TypesInfo.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return false
	}
	field, _ := s.Obj().(*types.Var)
	if field == nil || field.Exported() || field.Pkg() != b.pass.Pkg {
		return false
	}
	if _, ok := field.Type().Underlying().(*types.Signature); !ok {
		return false
	}
	values := 0
	sure := b.everyFieldValue(field, func(_ *ast.File, e ast.Expr) bool {
		values++
		return b.freshMaker(e)
	})
	return sure && values > 0 || b.freshByDefault(field) // makeroption.go: a constructor's maker an option may swap
}

// everyFieldValue: judge accepts every value the package gives field (a
// composite literal's key, an assignment; judge is handed the file it is
// in), and the field's address is never handed away (&c.newKey: set
// where we cannot see). The walk stops at the first value refused.
func (b *builder) everyFieldValue(field *types.Var, judge func(file *ast.File, e ast.Expr) bool) bool {
	sure := true
	for _, f := range b.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if !sure {
				return false
			}
			switch x := n.(type) {
			case *ast.KeyValueExpr:
				if id, ok := x.Key.(*ast.Ident); ok && b.pass.TypesInfo.Uses[id] == field {
					sure = judge(f, x.Value)
				}
			case *ast.AssignStmt:
				for i, l := range x.Lhs {
					if ls, ok := unparen(l).(*ast.SelectorExpr); ok && b.pass.TypesInfo.Uses[ls.Sel] == field {
						sure = len(x.Lhs) == len(x.Rhs) && judge(f, x.Rhs[i])
					}
				}
			case *ast.UnaryExpr:
				if ls, ok := unparen(x.X).(*ast.SelectorExpr); ok && b.pass.TypesInfo.Uses[ls.Sel] == field {
					sure = false
				}
			}
			return sure
		})
	}
	return sure
}

// freshMaker: e names a function that makes a fresh value on every call
// (uuid.NewString, or a function of ours returning one).
func (b *builder) freshMaker(e ast.Expr) bool {
	var obj types.Object
	switch x := unparen(e).(type) {
	case *ast.Ident:
		obj = b.pass.TypesInfo.Uses[x]
	case *ast.SelectorExpr:
		obj = b.pass.TypesInfo.Uses[x.Sel]
	}
	fn, _ := obj.(*types.Func)
	if fn == nil {
		return false
	}
	if sig, _ := fn.Type().(*types.Signature); sig == nil || sig.Recv() != nil || sig.Params().Len() > 0 {
		return false // a method value or a maker needing input: not read here
	}
	return b.isFreshCall(fn) || b.freshFunc(fn)
}
