package handler

import (
	"go/ast"
	"go/types"
)

// recvFieldSel is the selection of e when e selects a field of recv
// itself (h.orders, not h.deps.orders nor an embedded field's); nil
// otherwise. The wiring walks (field calls, use-case ports, slow calls,
// return grants) all start from such a field.
func recvFieldSel(info *types.Info, e ast.Expr, recv *types.Var) *types.Selection {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	s := info.Selections[sel]
	if !ok || info.Uses[id] != recv || s == nil || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
		return nil
	}
	return s
}
