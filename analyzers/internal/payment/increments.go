package payment

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/dblib"
)

// ---- increments written through GORM expressions or constant SQL ------------------
//
// StoreIncrements.Of reads the document, key-value and ent increments. A
// relational store adds in the statement itself: GORM's
// UpdateColumn("sessions_left", gorm.Expr("sessions_left + ?", n)), an
// Updates map whose value is such an expression, or a constant
// "UPDATE … SET classes_left = classes_left + $1" handed to Exec. The
// column is added to on every call, whatever its value was: a second
// delivery of the same event adds again. Which columns hold something
// bought is the caller's question (webhookdedupe's vocabulary); here only
// "the statement adds to column c" is answered.

// SQLIncrements returns the lower-case columns call adds to in the
// statement itself (GORM Update/UpdateColumn/Updates/UpdateColumns with
// gorm.Expr("c + …"), or a constant SQL UPDATE setting c = c + …, bare or
// qualified), nil when call is none or only subtracts.
func (s *StoreIncrements) SQLIncrements(call *ast.CallExpr) []string {
	if s == nil || s.pass == nil {
		return nil
	}
	fn := calleeOf(s.pass.TypesInfo, call)
	if fn == nil || !hasRecv(fn) {
		return nil
	}
	if dblib.IsGORM(funcPath(fn)) && recvTypeName(fn) == "DB" {
		return s.gormIncrements(call, fn)
	}
	if sql, ok := s.execUpdate(call, fn); ok {
		return setIncrements(sql)
	}
	return nil
}

// execUpdate: the constant UPDATE statement (lower case) an Exec-family
// call runs, the first such argument.
func (s *StoreIncrements) execUpdate(call *ast.CallExpr, fn *types.Func) (string, bool) {
	switch fn.Name() {
	case "Exec", "ExecContext", "MustExec", "MustExecContext", "ExecEx":
	default:
		return "", false
	}
	b := s.builder()
	for _, a := range call.Args {
		if sql, ok := b.ix.stringConst(a); ok && whbUpdate.MatchString(sql) {
			return strings.ToLower(sql), true
		}
	}
	return "", false
}

// gormIncrements: the columns a GORM update sets to gorm.Expr("c + …").
func (s *StoreIncrements) gormIncrements(call *ast.CallExpr, fn *types.Func) []string {
	var out []string
	for _, v := range s.gormSetValues(call, fn) {
		if v.col != "" && addsTo(v.col, v.expr) {
			out = append(out, v.col)
		}
	}
	return out
}

// gormSetValues: the column values a GORM Update/UpdateColumn (column,
// value) or Updates/UpdateColumns (map or struct) call sets; nil for
// other methods.
func (s *StoreIncrements) gormSetValues(call *ast.CallExpr, fn *types.Func) []colVal {
	b := s.builder()
	var vals []colVal
	switch fn.Name() {
	case "Update", "UpdateColumn":
		if len(call.Args) != 2 {
			return nil
		}
		col, ok := b.ix.stringConst(call.Args[0])
		if !ok {
			return nil
		}
		cv := b.goValue(call.Args[1])
		cv.col = goColumn(col)
		vals = []colVal{cv}
	case "Updates", "UpdateColumns":
		if len(call.Args) != 1 {
			return nil
		}
		vals, _ = b.goColumns(call.Args[0], call)
	}
	return vals
}

// addsTo: expr (a gorm.Expr's SQL, lower case) is col plus something:
// "sessions_left + ?", "paid_through + interval '1 month'"; not a minus,
// not another column.
func addsTo(col, expr string) bool {
	return addedColumn(expr) == col // also DATE_ADD(c, INTERVAL 1 YEAR) (periodadd.go)
}

// setIncrements: the columns of "SET c = c + …" in an UPDATE.
func setIncrements(sql string) []string {
	var out []string
	for _, m := range setPlus.FindAllStringSubmatch(sql, -1) {
		if m[1] == m[2] {
			out = append(out, m[1])
		}
	}
	return append(out, setAdded(sql)...) // c = DATE_ADD(c, …) (periodadd.go)
}

var (
	whbUpdate = lazyRE(`(?is)^\s*update\b`)
	whbPlus   = lazyRE(`^\s*(?:[a-z_]+\.)?"?([a-z_]+)"?\s*\+`)
	setPlus   = lazyRE(`(?:\bset\s+|,\s*)"?([a-z_]+)"?\s*=\s*(?:[a-z_]+\.)?"?([a-z_]+)"?\s*\+`)
)
