package payment

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/dblib"
)

// ---- a writing statement, whichever method sends it -------------------------------
//
// The Exec family is the usual way to send an UPDATE or an INSERT, and
// what the store readers expect (execUpdate, sqlExec): a constant SQL text
// handed to Exec. Real stores also write through a query method, to read
// back what changed:
//
//	statement := "UPDATE sizes SET quantity = quantity - $1 WHERE id = $2 RETURNING id"
//	return db.QueryRow(statement, n, id).Scan(&id)
//
// and keep the text in a local, in a package variable, or in a field of a
// struct of statements set once. Such a call writes as an Exec does, on
// every call: database/sql QueryRow/QueryRowContext/Query/QueryContext,
// sqlx Get/Select/QueryRowx/Queryx (and their Context forms), pgx
// QueryRow/Query, a DBTX interface of the merchant's with the same
// methods (sqlc), and GORM's Raw(…) finished by Scan/Row/Rows/Find. The
// text must be one and the same constant wherever the value comes from
// (a local assigned once, a variable or field given only that constant);
// anything built at run time is not read. A SELECT stays a read.

// Q19Write is a writing statement a call sends that the Exec readers do
// not see: its lower-case text and the arguments bound to it.
type Q19Write struct {
	SQL  string
	Args []ast.Expr
}

// SentWrite: the writing statement call sends through a query method,
// or through an Exec whose text is held in a local, a variable or a
// field; ok false when call is none (a constant handed to Exec included:
// that one is read where it always was).
func (s *StoreIncrements) SentWrite(call *ast.CallExpr) (Q19Write, bool) {
	if s == nil || s.pass == nil {
		return Q19Write{}, false
	}
	fn := calleeOf(s.pass.TypesInfo, call)
	if fn == nil || !hasRecv(fn) {
		return Q19Write{}, false
	}
	return s.builder().sentWrite(call, fn)
}

func (b *builder) sentWrite(call *ast.CallExpr, fn *types.Func) (Q19Write, bool) {
	src := call
	switch {
	case dblib.IsGORM(funcPath(fn)) && recvTypeName(fn) == "DB":
		switch fn.Name() {
		case "Scan", "Row", "Rows", "Find", "First", "Take", "Pluck":
		default:
			return Q19Write{}, false
		}
		raw := b.rawCall(call)
		if raw == nil {
			return Q19Write{}, false
		}
		src = raw
	case execNames[fn.Name()]:
		if i := b.textArg(call); i < 0 {
			return Q19Write{}, false
		} else if _, ok := b.ix.stringConst(call.Args[i]); ok {
			return Q19Write{}, false // a constant handed to Exec: read by the Exec readers
		}
	case queryNames[fn.Name()]:
		if !queryLibrary(fn) {
			return Q19Write{}, false
		}
	default:
		return Q19Write{}, false
	}
	i := b.textArg(src)
	if i < 0 {
		return Q19Write{}, false
	}
	q, ok := b.text(src.Args[i])
	if !ok {
		return Q19Write{}, false
	}
	q = stripComments(q)
	if !writeVerb.MatchString(q) {
		return Q19Write{}, false // a SELECT: a read
	}
	var args []ast.Expr
	if !src.Ellipsis.IsValid() {
		args = src.Args[i+1:]
	}
	return Q19Write{SQL: strings.ToLower(q), Args: args}, true
}

// textArg: the index of the first string argument (the statement's
// text: after a context, a destination), -1 if none.
func (b *builder) textArg(call *ast.CallExpr) int {
	for i, a := range call.Args {
		t := b.ix.info.TypeOf(a)
		if t == nil {
			continue
		}
		if bt, ok := t.Underlying().(*types.Basic); ok && bt.Info()&types.IsString != 0 {
			return i
		}
	}
	return -1
}

var (
	execNames  = map[string]bool{"Exec": true, "ExecContext": true, "MustExec": true, "MustExecContext": true}
	queryNames = map[string]bool{
		"QueryRow": true, "QueryRowContext": true, "Query": true, "QueryContext": true,
		"QueryRowx": true, "QueryRowxContext": true, "Queryx": true, "QueryxContext": true,
		"Get": true, "GetContext": true, "Select": true, "SelectContext": true,
	}
	writeVerb = lazyRE(`(?is)^\s*(insert|update|delete|replace)\b`)
)

// queryLibrary: fn is a query method of database/sql, sqlx or pgx, or
// of an interface of the merchant's taking the text and its arguments
// (sqlc's DBTX: QueryRowContext(ctx, query string, args ...interface{})).
// Get and Select only of sqlx: elsewhere they are no database's.
func queryLibrary(fn *types.Func) bool {
	p := funcPath(fn)
	switch {
	case p == "database/sql", strings.HasPrefix(p, "github.com/jackc/pgx"):
		return !strings.HasPrefix(fn.Name(), "Get") && !strings.HasPrefix(fn.Name(), "Select")
	case strings.HasPrefix(p, "github.com/jmoiron/sqlx"):
		return true
	case strings.HasPrefix(fn.Name(), "Get"), strings.HasPrefix(fn.Name(), "Select"), Library(p):
		return false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || !types.IsInterface(sig.Recv().Type()) || !sig.Variadic() || sig.Params().Len() < 2 {
		return false
	}
	b, ok := sig.Params().At(sig.Params().Len() - 2).Type().Underlying().(*types.Basic)
	return ok && b.Kind() == types.String
}

// rawCall: the Raw(…) call earlier in a GORM chain ending at call.
func (b *builder) rawCall(call *ast.CallExpr) *ast.CallExpr {
	x := call.Fun
	for i := 0; i < 16; i++ {
		sel, ok := unparen(x).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		c, ok := unparen(sel.X).(*ast.CallExpr)
		if !ok {
			return nil
		}
		if fn := calleeOf(b.ix.info, c); dblib.IsGORM(funcPath(fn)) && fn.Name() == "Raw" {
			return c
		}
		x = c.Fun
	}
	return nil
}

// text: the constant text e holds: a constant, a local or package
// variable given that one constant only, or a struct field every value
// of which in the package is that constant.
func (b *builder) text(e ast.Expr) (string, bool) {
	if s, ok := b.ix.stringConst(e); ok {
		return s, true
	}
	var vals []ast.Expr
	switch x := unparen(e).(type) {
	case *ast.Ident:
		v := b.ix.identVar(x)
		if v == nil {
			return "", false
		}
		if _, isParam := b.ix.paramOf[v]; isParam {
			return "", false
		}
		for _, a := range b.ix.assigns[v] {
			if a.Index >= 0 || !plainAssign(a.Stmt) {
				return "", false
			}
			vals = append(vals, a.RHS)
		}
	case *ast.SelectorExpr:
		f, ok := b.ix.info.Uses[x.Sel].(*types.Var)
		if !ok || !f.IsField() || f.Pkg() != b.pass.Pkg {
			return "", false
		}
		vals = b.ix.objAssigns[f]
	default:
		return "", false
	}
	text := ""
	for i, v := range vals {
		s, ok := b.ix.stringConst(v)
		if !ok || i > 0 && s != text {
			return "", false
		}
		text = s
	}
	return text, text != ""
}

// stripComments drops the comments before a statement (sqlc writes
// "-- name: TakeStock :one" above each).
func stripComments(q string) string {
	for {
		t := strings.TrimSpace(q)
		switch {
		case strings.HasPrefix(t, "--"):
			_, rest, ok := strings.Cut(t, "\n")
			if !ok {
				return ""
			}
			q = rest
		case strings.HasPrefix(t, "/*"):
			_, rest, ok := strings.Cut(t, "*/")
			if !ok {
				return ""
			}
			q = rest
		default:
			return t
		}
	}
}

// Increments: the columns such a statement adds to (SET c = c + …).
func (w Q19Write) Increments() []string {
	if !whbUpdate.MatchString(w.SQL) {
		return nil
	}
	return setIncrements(w.SQL)
}

// Decrements: the columns such a statement subtracts from.
func (w Q19Write) Decrements() []string {
	if !whbUpdate.MatchString(w.SQL) {
		return nil
	}
	var out []string
	for _, m := range setMinus.FindAllStringSubmatch(w.SQL, -1) {
		if m[1] == m[2] {
			out = append(out, m[1])
		}
	}
	return out
}

// InsertGrant: such a statement is a plain INSERT … VALUES (no upsert)
// that the payment model judges a grant (a ledger or credit row, a paid
// payment record); with the table's name.
func (s *StoreIncrements) InsertGrant(w Q19Write) (string, bool) {
	m := sqlInsertStmt.FindStringSubmatch(w.SQL)
	if m == nil || upsert.MatchString(w.SQL) {
		return "", false
	}
	v, _ := s.builder().sqlWriteStmt(w.SQL, w.Args)
	return columnName(m[1]), v == dbGrant
}

// insertTable: the table words and name of a plain INSERT (no upsert).
func (w Q19Write) insertTable() ([]string, string) {
	m := sqlInsertStmt.FindStringSubmatch(w.SQL)
	if m == nil || upsert.MatchString(w.SQL) {
		return nil, ""
	}
	return tableWords(m[1]), columnName(m[1])
}

var upsert = lazyRE(`(?is)\bon\s+conflict\b|\binsert\s+ignore\b|\bon\s+duplicate\s+key\b|\bwhere\s+not\s+exists\b`)

// ---- money owed to someone, booked by an insert ------------------------------------
//
// A row of instructor_earnings, affiliate_commissions, author_royalties
// or payouts is money the merchant now owes: a monthly job pays out what
// the rows add up to. Inserted again on a second delivery of the same
// sale, it is owed (and paid) twice, like a ledger credit. Only a plain
// insert counts (bun NewInsert…Exec, GORM Create, SQL INSERT … VALUES,
// however sent): an upsert, an update of the row, and a table that is a
// log or an event record (earnings_events, payout_log) do not.

// owedWords: the words of a table whose rows are money owed.
var owedWords = map[string]bool{"earning": true, "payout": true, "commission": true, "royalty": true}

// OwedInsert: call inserts a row of money owed; the table's name.
func (s *StoreIncrements) OwedInsert(call *ast.CallExpr) (string, bool) {
	if s == nil || s.pass == nil {
		return "", false
	}
	fn := calleeOf(s.pass.TypesInfo, call)
	if fn == nil || !hasRecv(fn) {
		return "", false
	}
	table, name := s.builder().insertTable(call, fn)
	owed := false
	for _, w := range table {
		if notTables[w] {
			return "", false
		}
		owed = owed || owedWords[w]
	}
	return name, owed
}

// insertTable: the table words and name of the plain insert call
// makes, nil when it is none (or an upsert).
func (b *builder) insertTable(call *ast.CallExpr, fn *types.Func) ([]string, string) {
	switch {
	case funcPath(fn) == bunPath && fn.Name() == "Exec":
		recv := recvNamedType(fn)
		sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
		if recv == nil || recv.Obj().Name() != "InsertQuery" || !ok {
			return nil, ""
		}
		var table []string
		name := ""
		upsert := false
		b.walkChain(sel.X, call, recv, func(c *ast.CallExpr, m *types.Func) {
			switch m.Name() {
			case "Model":
				if len(c.Args) == 1 && table == nil {
					table = typeTable(b.ix.info.TypeOf(c.Args[0]))
					name = strings.Join(table, "_")
				}
			case "Table":
				if len(c.Args) >= 1 {
					if t, ok := b.ix.stringConst(c.Args[0]); ok {
						table, name = tableWords(t), columnName(t)
					}
				}
			case "On", "Ignore":
				upsert = true
			}
		})
		if upsert {
			return nil, ""
		}
		return table, name
	case dblib.IsGORM(funcPath(fn)) && recvTypeName(fn) == "DB":
		if fn.Name() != "Create" || len(call.Args) != 1 || b.gormClauses(call) {
			return nil, ""
		}
		table := typeTable(b.ix.info.TypeOf(call.Args[0]))
		return table, strings.Join(table, "_")
	}
	if w, ok := b.sentWrite(call, fn); ok {
		return w.insertTable()
	}
	if !execNames[fn.Name()] {
		return nil, ""
	}
	if i := b.textArg(call); i >= 0 {
		if q, ok := b.ix.stringConst(call.Args[i]); ok {
			return Q19Write{SQL: strings.ToLower(stripComments(q))}.insertTable()
		}
	}
	return nil, ""
}

// gormClauses: a GORM chain ending at call sets clauses (an upsert).
func (b *builder) gormClauses(call *ast.CallExpr) bool {
	x := call.Fun
	for i := 0; i < 16; i++ {
		sel, ok := unparen(x).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		c, ok := unparen(sel.X).(*ast.CallExpr)
		if !ok {
			return false
		}
		if fn := calleeOf(b.ix.info, c); dblib.IsGORM(funcPath(fn)) && fn.Name() == "Clauses" {
			return true
		}
		x = c.Fun
	}
	return false
}
