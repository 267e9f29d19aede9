package payment

import (
	"go/ast"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/paylint/paylint/analyzers/internal/dblib"
)

// ---- a column set to a value the statement is handed -------------------------------
//
// A store setter writes what its caller computed: UPDATE memberships SET
// paid_through = $2 WHERE id = $1 (pgx, database/sql, sqlx, ? or $n),
// GORM's Where("id = ?", id).Update("paid_through", t) or an Updates map,
// bun's Set("paid_through = ?", t).Where("id = ?", id). Setting a value is
// idempotent by itself; whether the value is the stored one plus a period
// (a read-modify-write that accumulates) is the caller's question
// (webhookdedupe's writeback.go). Here only "the statement sets column
// c to argument a, on the row the arguments ks select" is answered.

// Set is one column a call sets to one of its argument expressions.
type Set struct {
	Col string   // lower-case column
	Arg ast.Expr // the value written
}

// Sets returns the columns call sets to plain values handed to it, and
// the values bound to its WHERE clause (the row's key); nil when call is
// no such update (constant SQL, GORM or bun only; a spread args... is not
// followed).
func (s *StoreIncrements) Sets(call *ast.CallExpr) (sets []Set, keys []ast.Expr) {
	if s == nil || s.pass == nil || call.Ellipsis.IsValid() {
		return nil, nil
	}
	fn := calleeOf(s.pass.TypesInfo, call)
	if fn == nil || !hasRecv(fn) {
		return nil, nil
	}
	switch {
	case dblib.IsGORM(funcPath(fn)) && recvTypeName(fn) == "DB":
		return s.gorm(call, fn.Name())
	case funcPath(fn) == "github.com/uptrace/bun" && recvTypeName(fn) == "UpdateQuery" && fn.Name() == "Exec":
		return s.bun(call)
	}
	if _, ok := s.execUpdate(call, fn); !ok {
		return nil, nil
	}
	b := s.builder()
	for i, a := range call.Args {
		if sql, ok := b.ix.stringConst(a); ok && whbUpdate.MatchString(sql) {
			return m16SQL(strings.ToLower(sql), call.Args[i+1:])
		}
	}
	return nil, nil
}

var (
	// compiled on first use (lazyre has no index finders)
	setHolder = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?:\bset\s+|,\s*)"?([a-z_]+)"?\s*=\s*(\$\d+|\?)`)
	})
	m16Holder = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\$\d+|\?`) })
)

// m16SQL: the SET columns of sql bound straight to a placeholder, and the
// arguments of the placeholders after WHERE.
func m16SQL(sql string, args []ast.Expr) (sets []Set, keys []ast.Expr) {
	arg := func(holder string, at int) ast.Expr {
		n := 0
		if strings.HasPrefix(holder, "$") {
			n, _ = strconv.Atoi(holder[1:])
		} else {
			n = len(m16Holder().FindAllStringIndex(sql[:at], -1)) + 1
		}
		if n < 1 || n > len(args) {
			return nil
		}
		return args[n-1]
	}
	where := strings.Index(sql, " where ")
	if where < 0 {
		return nil, nil // every row: no row of the caller's
	}
	for _, m := range setHolder().FindAllStringSubmatchIndex(sql[:where+1], -1) {
		if rest := strings.TrimSpace(sql[m[1] : where+1]); rest != "" && rest[0] != ',' {
			continue // $2 + interval …: no plain value
		}
		if a := arg(sql[m[4]:m[5]], m[4]); a != nil {
			sets = append(sets, Set{Col: sql[m[2]:m[3]], Arg: a})
		}
	}
	for _, m := range m16Holder().FindAllStringIndex(sql[where:], -1) {
		if a := arg(sql[where+m[0]:where+m[1]], where+m[0]); a != nil {
			keys = append(keys, a)
		}
	}
	return sets, keys
}

// gorm: Update("col", v) / UpdateColumn, Updates(map[string]any{"col":
// v}) at the end of a chain whose Where("id = ?", id) gives the keys.
func (s *StoreIncrements) gorm(call *ast.CallExpr, name string) (sets []Set, keys []ast.Expr) {
	b := s.builder()
	switch name {
	case "Update", "UpdateColumn":
		if len(call.Args) == 2 {
			if col, ok := b.ix.stringConst(call.Args[0]); ok {
				sets = append(sets, Set{Col: goColumn(col), Arg: call.Args[1]})
			}
		}
	case "Updates", "UpdateColumns":
		if len(call.Args) != 1 {
			return nil, nil
		}
		lit, ok := unparen(call.Args[0]).(*ast.CompositeLit)
		if !ok {
			return nil, nil
		}
		for _, el := range lit.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if col, ok := b.ix.stringConst(kv.Key); ok {
				sets = append(sets, Set{Col: goColumn(col), Arg: kv.Value})
			}
		}
	default:
		return nil, nil
	}
	chain(call, func(c *ast.CallExpr, name string) {
		if name == "Where" && len(c.Args) > 1 {
			keys = append(keys, c.Args[1:]...)
		}
	})
	return sets, keys
}

// bun: Set("col = ?", v) and Where("id = ?", id) of the chain bun's
// UpdateQuery.Exec ends.
func (s *StoreIncrements) bun(call *ast.CallExpr) (sets []Set, keys []ast.Expr) {
	b := s.builder()
	chain(call, func(c *ast.CallExpr, name string) {
		switch {
		case name == "Set" && len(c.Args) == 2:
			if q, ok := b.ix.stringConst(c.Args[0]); ok {
				if m := bunSet.FindStringSubmatch(strings.ToLower(q)); m != nil {
					sets = append(sets, Set{Col: m[1], Arg: c.Args[1]})
				}
			}
		case name == "Where" && len(c.Args) > 1:
			keys = append(keys, c.Args[1:]...)
		}
	})
	return sets, keys
}

var bunSet = lazyRE(`^\s*"?([a-z_]+)"?\s*=\s*\?\s*$`)

// chain calls f on each call of the method chain call ends
// (db.Model(…).Where(…).Update(…)), outermost first.
func chain(call *ast.CallExpr, f func(c *ast.CallExpr, name string)) {
	x := ast.Expr(call)
	for i := 0; i < 16; i++ {
		c, ok := unparen(x).(*ast.CallExpr)
		if !ok {
			return
		}
		sel, ok := unparen(c.Fun).(*ast.SelectorExpr)
		if !ok {
			return
		}
		if c != call {
			f(c, sel.Sel.Name)
		}
		x = sel.X
	}
}
