package payment

import (
	"go/ast"
	"go/types"
	"strings"
)

// A bun store method writes the status its caller hands it:
//
//	func (s *Orders) SetStatus(ctx context.Context, id string, st domain.OrderStatus) error {
//		_, err := s.db.NewUpdate().Table("shop_orders").Set("status = ?", string(st)).Where("id = ?", id).Exec(ctx)
//
// the same StatusParamFact as the SQL UPDATE … SET status = $1 of
// st_statusparam.go: the parameter bound to the status column of a Set
// in the UpdateQuery chain that Exec ends (converted to the column's
// type or not), the table named by Table or the Model's type.

// bunStatusParam: call is the Exec of a bun UpdateQuery whose chain sets
// a status column from a parameter of the enclosing function: the fact,
// and the parameter's expression.
func (b *builder) bunStatusParam(call *ast.CallExpr, fn *types.Func) (*StatusParamFact, ast.Expr) {
	if fn == nil || funcPath(fn) != bunPath || fn.Name() != "Exec" {
		return nil, nil
	}
	recv := recvNamedType(fn)
	sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
	if recv == nil || recv.Obj().Name() != "UpdateQuery" || !ok {
		return nil, nil
	}
	var (
		table []string
		model ast.Expr
		col   string
		arg   ast.Expr
	)
	b.walkChain(sel.X, call, recv, func(c *ast.CallExpr, m *types.Func) {
		switch m.Name() {
		case "Model", "Table":
			b.bunTarget(c, m.Name(), &table, &model)
		case "Set":
			if len(c.Args) != 2 || c.Ellipsis.IsValid() {
				return
			}
			q, ok := b.ix.stringConst(c.Args[0])
			if !ok {
				return
			}
			if mt := bunSet.FindStringSubmatch(strings.ToLower(q)); mt != nil && (statusColumns[mt[1]] || objectStatusColumn(mt[1])) {
				col, arg = mt[1], b.unconvert(c.Args[1])
			}
		}
	})
	if table == nil && model != nil {
		table = typeTable(b.ix.info.TypeOf(model))
	}
	if arg == nil || table == nil || b.paramFunc(arg) == nil {
		return nil, nil
	}
	for _, w := range table {
		if notTables[w] {
			return nil, nil // an audit log or a notification, not the state
		}
	}
	ref := b.ix.paramOf[b.ix.identVar(arg)]
	return &StatusParamFact{Param: ref.Index, Table: table, Col: col}, arg
}
