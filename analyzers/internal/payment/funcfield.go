package payment

import (
	"go/ast"
	"go/types"
)

// An SDK write held in a func-typed field of the merchant's own, so tests
// can swap it:
//
//	type Worker struct{ send func(*stripe.TransferParams) (*stripe.Transfer, error) }
//	func NewWorker(…) *Worker { return &Worker{send: transfer.New} }
//	…
//	tr, err = w.send(params) // inside a backoff operation
//
// A call through such a field is the SDK function when the field (or
// package variable) is unexported, so every value it gets is in sight,
// and every value the package's non-test code gives it is one and the
// same function or method value that the SDK table knows (transfer.New,
// sc.V1Transfers.Create). A field also given a fake, a closure, a
// parameter (a caller's func) or whose address is handed away is unknown
// and stays silent, as does a function the table does not know.

// funcFieldSDK: the table entry of the SDK function a call through
// such a field stands for, nil if none.
func (b *builder) funcFieldSDK(cs callSite) *sdkFunc {
	if cs.Callee != nil {
		return nil
	}
	info := b.pass.TypesInfo
	var v *types.Var
	switch x := unparen(cs.Call.Fun).(type) {
	case *ast.SelectorExpr:
		if s, ok := info.Selections[x]; ok && s.Kind() == types.FieldVal {
			v, _ = s.Obj().(*types.Var)
		}
	case *ast.Ident:
		if pv, ok := info.Uses[x].(*types.Var); ok && pv.Parent() == b.pass.Pkg.Scope() {
			v = pv // a package variable
		}
	}
	if v == nil || v.Exported() || v.Pkg() != b.pass.Pkg {
		return nil
	}
	if _, ok := v.Type().Underlying().(*types.Signature); !ok {
		return nil
	}
	var fn *types.Func
	values, same := 0, true
	sure := b.valuesOf(v, func(e ast.Expr) {
		values++
		f := b.funcValue(e)
		if f == nil || fn != nil && f != fn {
			same = false
		}
		fn = f
	})
	if !sure || !same || values == 0 || fn == nil {
		return nil
	}
	return b.lookupSDK(fn)
}

// funcValue: the function e names as a value (transfer.New, a method
// value of a concrete receiver), nil for anything else.
func (b *builder) funcValue(e ast.Expr) *types.Func {
	info := b.pass.TypesInfo
	switch x := unparen(e).(type) {
	case *ast.Ident:
		fn, _ := info.Uses[x].(*types.Func)
		return origin(fn)
	case *ast.SelectorExpr:
		if s, ok := info.Selections[x]; ok {
			if s.Kind() != types.MethodVal || types.IsInterface(s.Recv()) {
				return nil
			}
		}
		fn, _ := info.Uses[x.Sel].(*types.Func)
		return origin(fn)
	}
	return nil
}

func origin(fn *types.Func) *types.Func {
	if fn == nil {
		return nil
	}
	return fn.Origin()
}
