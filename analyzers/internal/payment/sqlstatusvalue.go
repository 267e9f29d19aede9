package payment

import (
	"go/ast"
	"go/types"
)

// ---- the one status value a constant SQL UPDATE stores ------------------------------
//
// statusvalue.go reads the status constant a function stores through
// GORM, or through a store taking the status as a parameter. A store
// written over database/sql, sqlx or pgx names its state in the statement
// itself:
//
//	func (s *Orders) Release(ctx, id string) error {
//		_, err := s.db.ExecContext(ctx, `UPDATE orders SET status = 'released' WHERE id = $1`, id)
//	}
//
// That is the same fact: the row's words, the column, the value. A
// placeholder filled by a Go constant counts as the constant; one filled
// by a parameter is StatusParamFact's (st_statusparam.go) and stays out
// here, as does any statement this model cannot read (then the call
// stores nothing this fact names, as before).

// sqlStatusValue: call is a SQL library's Exec of a constant UPDATE
// setting a status column to a constant; the fact (writes is true then).
func (b *builder) sqlStatusValue(call *ast.CallExpr, fn *types.Func) (*StatusValueFact, bool) {
	if !sqlExecNames[fn.Name()] || call.Ellipsis.IsValid() || !sqlLibrary(fn.Pkg().Path()) {
		return nil, false
	}
	for i, a := range call.Args {
		q, ok := b.ix.stringConst(a)
		if !ok {
			continue
		}
		m := sqlUpdateStmt.FindStringSubmatch(q)
		if m == nil {
			return nil, false
		}
		for _, v := range b.sqlAssignments(cutClauses(m[2]), call.Args[i+1:]) {
			if !statusColumns[v.col] {
				continue
			}
			if !v.known || v.val == "" {
				return nil, false // a parameter's status (StatusParamFact), or an expression
			}
			return b.fact(tableWords(m[1]), v.col, v.val)
		}
		return nil, false
	}
	return nil, false
}
