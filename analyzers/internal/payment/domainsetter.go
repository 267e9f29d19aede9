package payment

import (
	"go/ast"
	"go/token"
	"go/types"
)

// ---- a status set by a domain method of the entity ----------------------------
//
// A domain model keeps its state changes on the entity:
//
//	func (o *Order) Complete() { o.Status = Paid }
//
//	order, _ := s.orders.FindByID(ctx, id)
//	order.Complete()
//	s.orders.Update(ctx, &order)   // OrderRepository, an interface
//
// The service never writes order.Status itself; the method it calls on
// the row does. So the values a row's field was given before a store
// call (trace.fieldValues) include those a method of this package called
// on the row sets on its pointer receiver (o.Status = x, with x judged by
// the caller as any other value: a constant decides, a parameter or a
// value read elsewhere decides nothing). A method with a value receiver
// changes a copy and sets nothing.

// setterValues: the values method calls on v made before pos assign to
// field name of their pointer receiver.
func (t *trace) setterValues(v *types.Var, name string) []ast.Expr {
	var out []ast.Expr
	for _, call := range t.b.ix.recvCalls[v] {
		if call.Pos() >= t.before {
			continue
		}
		sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || t.b.ix.identVar(sel.X) != v {
			continue // v.M(), not v.Items.Add()
		}
		fn, _ := t.b.ix.info.Uses[sel.Sel].(*types.Func)
		if fn == nil {
			continue
		}
		out = append(out, t.b.receiverSets(fn, name)...)
	}
	return out
}

// receiverSets: the values method fn, declared in this package with a
// pointer receiver, assigns to field name of its receiver (r.name = x).
func (b *builder) receiverSets(fn *types.Func, name string) []ast.Expr {
	decl := b.ix.declOf[fn]
	if decl == nil || decl.Body == nil || decl.Recv == nil || len(decl.Recv.List) != 1 || len(decl.Recv.List[0].Names) != 1 {
		return nil
	}
	recv, _ := b.ix.info.Defs[decl.Recv.List[0].Names[0]].(*types.Var)
	if recv == nil {
		return nil
	}
	if _, ok := types.Unalias(recv.Type()).(*types.Pointer); !ok {
		return nil
	}
	var out []ast.Expr
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			if x.Tok != token.ASSIGN || len(x.Lhs) != len(x.Rhs) {
				return true
			}
			for i, lhs := range x.Lhs {
				if s, ok := unparen(lhs).(*ast.SelectorExpr); ok && s.Sel.Name == name && b.ix.identVar(s.X) == recv {
					out = append(out, x.Rhs[i])
				}
			}
		}
		return true
	})
	return out
}
