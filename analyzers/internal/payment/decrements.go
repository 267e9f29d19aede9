package payment

import (
	"go/ast"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/dblib"
)

// ---- decrements written through GORM expressions or constant SQL -----------------
//
// SQLIncrements answers "the statement adds to column c". A sale takes
// away in the statement the same way: GORM's
// Update("stock", gorm.Expr("stock - ?", qty)), an Updates map whose value
// is such an expression, or a constant "UPDATE … SET seats = seats - $1"
// handed to Exec (database/sql, sqlx, pgx, or GORM's own Exec). The
// column loses the amount on every call, whatever its value was: a second
// delivery of the same event takes it away again. Which columns hold
// stock is the caller's question (webhookdedupe's vocabulary); here only
// "the statement subtracts from column c" is answered. A column set to
// another column minus something (available = stock - reserved) is no
// decrement of either.

// SQLDecrements returns the lower-case columns call subtracts from in the
// statement itself, nil when call is none.
func (s *StoreIncrements) SQLDecrements(call *ast.CallExpr) []string {
	if s == nil || s.pass == nil {
		return nil
	}
	fn := calleeOf(s.pass.TypesInfo, call)
	if fn == nil || !hasRecv(fn) {
		return nil
	}
	if dblib.IsGORM(funcPath(fn)) && recvTypeName(fn) == "DB" && fn.Name() != "Exec" {
		var out []string
		for _, v := range s.gormSetValues(call, fn) {
			if m := minus.FindStringSubmatch(v.expr); v.col != "" && m != nil && m[1] == v.col {
				out = append(out, v.col)
			}
		}
		return out
	}
	sql, ok := s.execUpdate(call, fn)
	if !ok {
		return nil
	}
	var out []string
	for _, m := range setMinus.FindAllStringSubmatch(sql, -1) {
		if m[1] == m[2] {
			out = append(out, m[1])
		}
	}
	return out
}

var (
	minus    = lazyRE(`^\s*(?:[a-z_]+\.)?"?([a-z_]+)"?\s*-[^-]`)
	setMinus = lazyRE(`(?:\bset\s+|,\s*)"?([a-z_]+)"?\s*=\s*(?:[a-z_]+\.)?"?([a-z_]+)"?\s*-[^-]`)
)

// Table: the words of the table call updates: a GORM chain's
// Model(&Subscription{}) or Table("memberships"), a constant SQL
// "UPDATE subscriptions …" handed to Exec; nil when unknown.
func (s *StoreIncrements) Table(call *ast.CallExpr) []string {
	if s == nil || s.pass == nil {
		return nil
	}
	fn := calleeOf(s.pass.TypesInfo, call)
	if fn == nil || !hasRecv(fn) {
		return nil
	}
	b := s.builder()
	if dblib.IsGORM(funcPath(fn)) && recvTypeName(fn) == "DB" && fn.Name() != "Exec" {
		return b.gormTable(call, nil)
	}
	for _, a := range call.Args {
		if sql, ok := b.ix.stringConst(a); ok {
			if m := updateTable.FindStringSubmatch(strings.ToLower(sql)); m != nil {
				return tableWords(m[1])
			}
		}
	}
	return nil
}

var updateTable = lazyRE(`^\s*update\s+(?:only\s+)?([a-z_."]+)`)
