package payment

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/dblib"
)

// A paid state or an entitlement written to the merchant's own database
// is a fulfilment whatever the function doing it is called: GORM
// (Update/Updates/UpdateColumn(s)/Save/Create/Exec on gorm.io/gorm.DB),
// and SQL run through database/sql, sqlx or pgx (Exec, ExecContext,
// MustExec, NamedExec…), ent and bun builders (dbent.go), the mongo
// driver (dbdoc.go) and redis (dbredis.go). It is classified by what is
// written: the table (or model type, collection, key prefix), the
// columns, and the values where they are constant. The SQL text is
// parsed in sqlwrites.go.

// dbVerdict is what a database write means for payments.
type dbVerdict int

const (
	dbUnknown dbVerdict = iota // not a write this file understands
	dbGrant                    // stores a paid state or grants an entitlement
	dbNot                      // a write, of something else
)

// colVal is one column written and its value as far as known.
type colVal struct {
	col   string // lower-case column name
	val   string // lower-case constant value ("paid", "true", "null"); "" if not constant
	known bool
	// expr is the lower-case SQL text of a value that is not a constant
	// ("balance + $1", "now()"); "+" for a Go addition, "now()" for time.Now.
	expr string
	// alts: the constants a variable written may hold, when there are
	// several and no other value (st_values.go).
	alts []string
}

// dbWrite classifies call as a database write.
func (b *builder) dbWrite(call *ast.CallExpr, fn *types.Func) dbVerdict {
	if fn == nil || !hasRecv(fn) {
		return dbUnknown
	}
	if dblib.IsGORM(funcPath(fn)) && recvTypeName(fn) == "DB" {
		if v := b.gormWrite(call, fn); v != dbUnknown {
			return v
		}
	}
	for _, w := range []func(*ast.CallExpr, *types.Func) dbVerdict{
		b.entWrite, b.bunWrite, b.mongoWrite, b.redisWrite, // dbent.go, dbdoc.go, dbredis.go
	} {
		if v := w(call, fn); v != dbUnknown {
			return v
		}
	}
	switch fn.Name() {
	case "Exec", "ExecContext", "MustExec", "MustExecContext", "NamedExec", "NamedExecContext":
		if v := b.sQLWith(call); v != dbUnknown {
			return v // WITH t AS (UPDATE …) UPDATE …: sqlwith.go
		}
		if v := b.sqlExec(call); v != dbUnknown {
			return v
		}
		if v := b.sqlInsertSelect(call); v != dbUnknown { // voc_sqlselect.go
			return v
		}
		return b.queryWrite(call, fn) // the INSERT's text held in a local (querywrite.go)
	}
	return b.queryWrite(call, fn) // INSERT … RETURNING through QueryRow: querywrite.go
}

// gormWrite: db.Model(&o).Update("status", "paid"), Updates(map or
// struct), Save(&o) after o.Status = "paid", Create(&LedgerEntry{…}).
func (b *builder) gormWrite(call *ast.CallExpr, fn *types.Func) dbVerdict {
	switch fn.Name() {
	case "Update", "UpdateColumn":
		if len(call.Args) != 2 {
			return dbUnknown
		}
		col, ok := b.ix.stringConst(call.Args[0])
		if !ok {
			return dbUnknown
		}
		vals := []colVal{b.goValue(call.Args[1])}
		vals[0].col = goColumn(col)
		return classifyWrite(b.gormTable(call, nil), vals, false)
	case "Updates", "UpdateColumns":
		if len(call.Args) != 1 {
			return dbUnknown
		}
		vals, ok := b.goColumns(call.Args[0], call)
		if !ok {
			return dbUnknown
		}
		table := b.gormTable(call, call.Args[0])
		if v := classifyWrite(table, vals, false); v != dbUnknown || !paidUpdate(table, vals) {
			return v
		}
		return dbGrant // Updates(map[string]any{"status": "paid"}) on a tips table (dbclass.go)
	case "Save", "Create":
		if len(call.Args) != 1 {
			return dbUnknown
		}
		vals, ok := b.goColumns(call.Args[0], call)
		if !ok {
			return dbUnknown
		}
		return classifyWrite(b.gormTable(call, call.Args[0]), vals, fn.Name() == "Create")
	}
	return dbUnknown
}

// gormTable names the table a GORM chain writes: Model(&Order{}) or
// Table("orders") earlier in the chain (through local variables), else
// the type of the value written. Nil when unknown.
func (b *builder) gormTable(call *ast.CallExpr, value ast.Expr) []string {
	sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	x := sel.X
	for i := 0; i < 16 && x != nil; i++ {
		x = unparen(x)
		if c, ok := x.(*ast.CallExpr); ok {
			fn := calleeOf(b.ix.info, c)
			if !dblib.IsGORM(funcPath(fn)) || recvTypeName(fn) != "DB" {
				break
			}
			switch {
			case fn.Name() == "Model" && len(c.Args) == 1:
				return typeTable(b.ix.info.TypeOf(c.Args[0]))
			case fn.Name() == "Table" && len(c.Args) >= 1:
				if name, ok := b.ix.stringConst(c.Args[0]); ok {
					return tableWords(name)
				}
				return nil
			}
			s, ok := unparen(c.Fun).(*ast.SelectorExpr)
			if !ok {
				break
			}
			x = s.X
			continue
		}
		v := b.ix.identVar(x)
		if v == nil {
			break
		}
		a, ok := b.ix.single(v)
		if !ok || a.Index >= 0 {
			break
		}
		x = a.RHS
	}
	if value != nil {
		return typeTable(b.ix.info.TypeOf(value))
	}
	return nil
}

// typeTable: the words of a model type's name (*[]Order → order).
func typeTable(t types.Type) []string {
	if t == nil {
		return nil
	}
	return joinGiftCard(typeWords(t))
}

// goColumns lists the columns a GORM write sets: the entries of a map
// literal, the fields of a struct literal, and, for a variable, the
// fields of the literal it was made from and the fields assigned to it
// before the call (o.Status = "paid"; db.Save(&o)).
func (b *builder) goColumns(e ast.Expr, call *ast.CallExpr) ([]colVal, bool) {
	switch x := stripAddr(e).(type) {
	case *ast.CompositeLit:
		return b.litColumns(x), true
	case *ast.Ident:
		v := b.ix.identVar(x)
		if v == nil {
			return nil, false
		}
		var out []colVal
		for _, a := range b.ix.assigns[v] {
			if cl, ok := stripAddr(a.RHS).(*ast.CompositeLit); ok && a.Index < 0 && a.RHS.Pos() < call.Pos() {
				out = append(out, b.litColumns(cl)...)
			}
		}
		for _, as := range b.ix.fieldAssigns[v] {
			if as.Pos() > call.Pos() || as.Pos() < v.Pos() || len(as.Lhs) != len(as.Rhs) {
				continue
			}
			for i, lhs := range as.Lhs {
				sel, ok := unparen(lhs).(*ast.SelectorExpr)
				if !ok || b.ix.identVar(sel.X) != v {
					continue
				}
				if f, ok := b.ix.info.Uses[sel.Sel].(*types.Var); ok && f.IsField() {
					cv := b.goValue(as.Rhs[i])
					cv.col = fieldColumn(f, "")
					out = append(out, cv)
				}
			}
		}
		return b.mergeChoices(out, call, v), true // rowchoice.go
	}
	return nil, false
}

// litColumns: the columns of a map[string]… or struct literal.
func (b *builder) litColumns(cl *ast.CompositeLit) []colVal {
	t := b.ix.info.TypeOf(cl)
	if t == nil {
		return nil
	}
	st, isStruct := t.Underlying().(*types.Struct)
	var out []colVal
	for _, el := range cl.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		cv := b.goValue(kv.Value)
		if isStruct {
			id, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			for i := 0; i < st.NumFields(); i++ {
				if st.Field(i).Name() == id.Name {
					cv.col = fieldColumn(st.Field(i), st.Tag(i))
				}
			}
		} else if name, ok := b.ix.stringConst(kv.Key); ok {
			cv.col = goColumn(name)
		}
		if cv.col != "" {
			out = append(out, cv)
		}
	}
	return out
}

// goColumn: a column named in GORM by column or field name ("paid_at",
// "PaidAt") as snake_case.
func goColumn(name string) string {
	return strings.Join(splitWords(name), "_")
}

// fieldColumn: GORM's column of a struct field: gorm:"column:x", else
// the snake_case of its name (PaidAt → paid_at).
func fieldColumn(f *types.Var, tag string) string {
	if tag == "" {
		tag = fieldTag(f)
	}
	for _, part := range strings.Split(reflect.StructTag(tag).Get("gorm"), ";") {
		if c, ok := strings.CutPrefix(strings.TrimSpace(part), "column:"); ok {
			return strings.ToLower(c)
		}
	}
	return strings.Join(splitWords(f.Name()), "_")
}

// fieldTag finds the tag of a field in its struct type (the field object
// itself does not carry it).
func fieldTag(f *types.Var) string {
	if f.Pkg() == nil {
		return ""
	}
	for _, name := range f.Pkg().Scope().Names() {
		tn, ok := f.Pkg().Scope().Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			for i := 0; i < st.NumFields(); i++ {
				if st.Field(i) == f {
					return st.Tag(i)
				}
			}
		}
	}
	return ""
}

// goValue describes a Go value written to a column.
func (b *builder) goValue(e ast.Expr) colVal {
	e = unparen(e)
	if tv, ok := b.ix.info.Types[e]; ok && tv.Value != nil {
		switch tv.Value.Kind() {
		case constant.String:
			return colVal{val: strings.ToLower(constant.StringVal(tv.Value)), known: true}
		default:
			return colVal{val: strings.ToLower(tv.Value.ExactString()), known: true}
		}
	}
	if id, ok := e.(*ast.Ident); ok && id.Name == "nil" {
		if _, isNil := b.ix.info.Uses[id].(*types.Nil); isNil {
			return colVal{val: "null", known: true}
		}
	}
	if vs := b.constStrings(e); len(vs) > 0 {
		return constChoice(vs)
	}
	switch x := e.(type) {
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			return colVal{expr: "+"}
		}
	case *ast.CallExpr:
		fn := calleeOf(b.ix.info, x)
		switch {
		case (isFunc(fn, dblib.GORMv2, "Expr") || isFunc(fn, dblib.GORMv1, "Expr")) && len(x.Args) >= 1:
			if s, ok := b.ix.stringConst(x.Args[0]); ok {
				return colVal{expr: strings.ToLower(s)}
			}
		case isFunc(fn, "time", "Now"):
			return colVal{expr: "now()"}
		case funcPath(fn) == "time" && hasRecv(fn):
			if sel, ok := unparen(x.Fun).(*ast.SelectorExpr); ok {
				return b.goValue(sel.X) // time.Now().Add(…)
			}
		}
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return b.goValue(x.X)
		}
	}
	return colVal{}
}

// storeWriteCandidate: a call that may store a paid state through ent
// (SaveX, ExecX), the mongo driver or redis, whose names the cheap
// relevance test (hasCandidates) must also accept, so that a storage-only
// package gets the facts its callers need.
func storeWriteCandidate(fn *types.Func) bool {
	switch {
	case mongoPaths[funcPath(fn)]:
		switch fn.Name() {
		case "UpdateOne", "UpdateMany", "UpdateByID", "FindOneAndUpdate", "InsertOne": // InsertOne: mongoinsert.go
			return true
		}
	case redisPaths[funcPath(fn)]:
		switch fn.Name() {
		case "Set", "SetNX", "SetEx", "SetEX", "SetXX", "GetSet", "HSet", "HMSet", "HSetNX":
			return true
		}
	}
	return fn.Name() == "SaveX" || fn.Name() == "ExecX"
}
