package payment

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/dblib"
)

// ---- the whole row handed to the database -------------------------------------
//
// Two more ways a store helper writes a field of the row it is given
// (fieldstatus.go) without naming it at the call:
//
//	r.db.Model(o).Updates(o)                    // GORM: every set field; Save(o) too
//	r.db.NamedExecContext(ctx, "UPDATE orders SET payment_status = :payment_status WHERE id = :id", o)
//
// GORM writes the row's status field to its column (gorm:"column:…", else
// the snake_case of the name); sqlx binds :name to the field tagged
// db:"name" (else the field whose lower-cased name is name). A row with no
// status field, or with several, gives no fact.

// rowWrite: call hands a whole row to GORM's Updates or Save, or to
// sqlx's named Exec: the row, the status field written and its table and
// column; a nil row when it is not such a write.
func (b *builder) rowWrite(call *ast.CallExpr, fn *types.Func) (ast.Expr, string, []string, string) {
	switch {
	case dblib.IsGORM(funcPath(fn)) && recvTypeName(fn) == "DB" && (fn.Name() == "Updates" || fn.Name() == "Save"):
		if len(call.Args) != 1 {
			return nil, "", nil, ""
		}
		row := call.Args[0]
		st := l14RowStruct(b.ix.info.TypeOf(row))
		if st == nil {
			return nil, "", nil, ""
		}
		field, col := "", ""
		for i := 0; i < st.NumFields(); i++ {
			if c := fieldColumn(st.Field(i), st.Tag(i)); statusColumns[c] {
				if field != "" {
					return nil, "", nil, "" // two status fields: which one is the payment's?
				}
				field, col = st.Field(i).Name(), c
			}
		}
		if field == "" {
			return nil, "", nil, ""
		}
		return row, field, b.gormTable(call, row), col
	case fn.Name() == "NamedExec" || fn.Name() == "NamedExecContext":
		return b.namedRow(call)
	}
	return nil, "", nil, ""
}

// namedRow: UPDATE t SET status = :name handed a row whose field binds
// :name.
func (b *builder) namedRow(call *ast.CallExpr) (ast.Expr, string, []string, string) {
	if len(call.Args) < 2 {
		return nil, "", nil, ""
	}
	q, ok := b.ix.stringConst(call.Args[len(call.Args)-2])
	if !ok {
		return nil, "", nil, ""
	}
	m := sqlUpdateStmt.FindStringSubmatch(q)
	row := call.Args[len(call.Args)-1]
	st := l14RowStruct(b.ix.info.TypeOf(row))
	if m == nil || st == nil {
		return nil, "", nil, ""
	}
	for _, part := range splitTop(cutClauses(m[2])) {
		col, val, ok := strings.Cut(part, "=")
		name, named := strings.CutPrefix(strings.TrimSpace(val), ":")
		if !ok || !named || !statusColumns[columnName(col)] {
			continue
		}
		for i := 0; i < st.NumFields(); i++ {
			tag, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("db"), ",")
			if tag == name || tag == "" && strings.ToLower(st.Field(i).Name()) == name {
				return row, st.Field(i).Name(), tableWords(m[1]), columnName(col)
			}
		}
		return nil, "", nil, ""
	}
	return nil, "", nil, ""
}

// l14RowStruct: the struct a row value (T or *T, T a named struct) is.
func l14RowStruct(t types.Type) *types.Struct {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return nil
	}
	st, _ := n.Underlying().(*types.Struct)
	return st
}
