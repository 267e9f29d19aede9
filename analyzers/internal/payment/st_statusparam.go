package payment

import (
	"go/ast"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/dblib"
)

// A store method often writes whatever status its caller passes:
//
//	func (s *Store) SetStatus(ctx context.Context, id, status string) error {
//		_, err := s.db.ExecContext(ctx, "UPDATE orders SET status = $1 WHERE id = $2", status, id)
//
// The write itself stores no known value; the call s.SetStatus(ctx, id,
// "paid") does. StatusParamFact carries "writes the status column of this
// table from parameter i" to the callers, in this package and others, and
// the call is judged with its constant argument as the write would be.

// StatusParamFact: the function stores its parameter Param in the status
// column Col of the table whose words are Table.
type StatusParamFact struct {
	Param int
	Table []string
	Col   string
}

// AFact marks StatusParamFact as a fact.
func (*StatusParamFact) AFact() {}

func (f *StatusParamFact) String() string {
	return "stores parameter " + strconv.Itoa(f.Param) + " as " + strings.Join(f.Table, "_") + "." + f.Col
}

// maxStatusDepth bounds the local helpers followed (record → SetStatus → db).
const maxStatusDepth = 3

// statusParamCall: call passes a paid value to a function that stores
// that parameter as a payment's status. A call that forwards its own
// parameter instead exports the fact for its enclosing function.
func (b *builder) statusParamCall(call *ast.CallExpr, fn *types.Func) bool {
	if fn == nil {
		return false
	}
	if slices.ContainsFunc(call.Args, func(a ast.Expr) bool { return b.paramFunc(a) != nil || b.mapParamArg(a) }) ||
		b.mongoForwards(call, fn) { // mongostatus.go
		// Forwarding a parameter: only direct writes and imported facts
		// are looked at here (no body scans on every call).
		if f, arg := b.statusParamWrite(call, fn, maxStatusDepth); f != nil {
			b.exportStatusParam(arg, f)
		}
	}
	if !slices.ContainsFunc(call.Args, b.mayBePaid) {
		return false // the cheap test first: no paid constant passed
	}
	f := b.statusFactOf(fn, 0)
	return f != nil && f.Param < len(call.Args) && b.paidThrough(f, call.Args[f.Param])
}

// paidThrough: one of the values arg may hold, stored as f says, is a
// paid state (judged as the write with that constant would be).
func (b *builder) paidThrough(f *StatusParamFact, arg ast.Expr) bool {
	for _, s := range b.constStrings(arg) {
		if storesPaid(f, strings.ToLower(s)) {
			return true
		}
	}
	return false
}

// storesPaid: storing the lower-case constant s as f says is a paid
// state, judged as the write with that constant would be.
func storesPaid(f *StatusParamFact, s string) bool {
	switch classifyWrite(f.Table, []colVal{{col: f.Col, val: s, known: true}}, false) {
	case dbGrant:
		return true
	case dbUnknown:
		return statusCol.MatchString(f.Col) && paidValue.MatchString(s) // "paid" in a table of no known kind
	}
	return false
}

// exportStatusParam exports f for the function whose parameter arg is.
func (b *builder) exportStatusParam(arg ast.Expr, f *StatusParamFact) {
	if fn := b.paramFunc(arg); fn != nil && fn.Pkg() == b.pass.Pkg {
		b.pass.ExportObjectFact(fn, f)
	}
}

// paramFunc: the top-level function or method arg is an unchanged
// parameter of, nil otherwise.
func (b *builder) paramFunc(arg ast.Expr) *types.Func {
	v := b.ix.identVar(arg)
	if v == nil || len(b.ix.assigns[v]) > 0 {
		return nil
	}
	ref, ok := b.ix.paramOf[v]
	if !ok || ref.Decl == nil || ref.Lit != nil {
		return nil
	}
	fn, _ := b.ix.info.Defs[ref.Decl.Name].(*types.Func)
	return fn
}

// statusParamWrite: call writes a parameter of its enclosing function to
// a payment's status column (SQL Exec, GORM Update, or a call of a
// function with the fact): the fact for the enclosing function, and the
// argument that is its parameter.
func (b *builder) statusParamWrite(call *ast.CallExpr, fn *types.Func, depth int) (*StatusParamFact, ast.Expr) {
	if fn == nil {
		return nil, nil
	}
	if f, arg := b.bunStatusParam(call, fn); f != nil { // bunstatus.go
		return f, arg
	}
	i, table, col := b.statusWriteArg(call, fn, depth)
	if i < 0 {
		if f, arg := b.mongoStatusWrite(call, fn); f != nil { // a mongo $set (mongostatus.go)
			return f, arg
		}
		return b.mapStatusWrite(call, fn, depth) // a map handed to Updates (mapstatus.go)
	}
	if i >= len(call.Args) || b.paramFunc(call.Args[i]) == nil {
		return nil, nil
	}
	for _, w := range table {
		if notTables[w] {
			return nil, nil // an audit log or a notification, not the state
		}
	}
	ref := b.ix.paramOf[b.ix.identVar(call.Args[i])]
	return &StatusParamFact{Param: ref.Index, Table: table, Col: col}, call.Args[i]
}

// statusWriteArg: the argument of call stored in a status column, with
// the table and column; -1 if none.
func (b *builder) statusWriteArg(call *ast.CallExpr, fn *types.Func, depth int) (int, []string, string) {
	switch {
	case dblib.IsGORM(funcPath(fn)) && recvTypeName(fn) == "DB" && (fn.Name() == "Update" || fn.Name() == "UpdateColumn"):
		if len(call.Args) != 2 {
			return -1, nil, ""
		}
		if c, ok := b.ix.stringConst(call.Args[0]); ok && (statusColumns[goColumn(c)] || objectStatusColumn(goColumn(c))) {
			if table := b.gormTable(call, nil); table != nil {
				return 1, table, goColumn(c)
			}
		}
	case sqlExecNames[fn.Name()]:
		return b.sqlStatusArg(call)
	case depth < maxStatusDepth || fn.Pkg() != b.pass.Pkg && !isAbstract(fn):
		if f := b.statusFactOf(fn, depth+1); f != nil && f.Param < len(call.Args) {
			return f.Param, f.Table, f.Col
		}
	}
	return -1, nil, ""
}

var sqlExecNames = map[string]bool{
	"Exec": true, "ExecContext": true, "MustExec": true, "MustExecContext": true,
}

// sqlStatusArg: UPDATE t SET status = $n (or ?): the argument bound to
// the status column. The query is a constant, or a local given one
// constant once (query := `UPDATE …`; r.db.Exec(query, status, id)).
func (b *builder) sqlStatusArg(call *ast.CallExpr) (int, []string, string) {
	for i, a := range call.Args {
		q, ok := b.queryConst(a)
		if !ok {
			continue
		}
		m := sqlUpdateStmt.FindStringSubmatch(q)
		if m == nil || call.Ellipsis.IsValid() {
			return -1, nil, ""
		}
		questions := 0
		for _, part := range splitTop(cutClauses(m[2])) {
			col, val, ok := strings.Cut(part, "=")
			if !ok {
				continue
			}
			k := placeholderArg(strings.TrimSpace(val), questions)
			questions += strings.Count(val, "?")
			if c := columnName(col); (statusColumns[c] || objectStatusColumn(c)) && k >= 0 && i+1+k < len(call.Args) {
				return i + 1 + k, tableWords(m[1]), c
			}
		}
		return -1, nil, ""
	}
	return -1, nil, ""
}

// placeholderArg: the index among the bound arguments of "$n" or "?".
func placeholderArg(val string, questions int) int {
	if val == "?" {
		return questions
	}
	if m := sqlPlaceNum.FindStringSubmatch(val); m != nil {
		n := 0
		for _, c := range m[1] {
			n = n*10 + int(c-'0')
		}
		return n - 1
	}
	return -1
}

// statusFactOf: the fact of fn: imported, found in its body (a function
// of this package), or agreed by the implementations of an interface
// method.
func (b *builder) statusFactOf(fn *types.Func, depth int) *StatusParamFact {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	if isAbstract(fn) {
		return b.ifaceStatusFact(fn, depth)
	}
	if fn.Pkg() != b.pass.Pkg {
		f := new(StatusParamFact)
		if b.pass.ImportObjectFact(fn, f) {
			return f
		}
		return nil
	}
	decl := b.ix.declOf[fn]
	if decl == nil || decl.Body == nil || depth > maxStatusDepth {
		return nil
	}
	var found *StatusParamFact
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		c, ok := n.(*ast.CallExpr)
		if !ok || found != nil {
			return found == nil
		}
		if f, arg := b.statusParamWrite(c, calleeOf(b.ix.info, c), depth); f != nil && b.paramFunc(arg) == fn {
			found = f
		}
		return true
	})
	return found
}

// ifaceStatusFact: the fact every visible implementation of an interface
// method agrees on (the same parameter, table and column).
func (b *builder) ifaceStatusFact(fn *types.Func, depth int) *StatusParamFact {
	it := ifaceMethod(fn)
	if it == nil {
		return nil
	}
	var first *StatusParamFact
	for _, impl := range b.statusImpls(fn, it) {
		if isAbstract(impl) {
			return nil
		}
		f := b.statusFactOf(impl, depth+1)
		if f == nil || first != nil && (f.Param != first.Param || f.Col != first.Col || !slices.Equal(f.Table, first.Table)) {
			return nil
		}
		first = f
	}
	return first
}

// statusImpls: the implementations of interface method fn this package
// can see: its own types, and those of dependencies with a status fact
// that count for the interface (Designated, ifacewire.go).
func (b *builder) statusImpls(fn *types.Func, it *types.Interface) []*types.Func {
	pkgs := []*types.Package{b.pass.Pkg}
	seen := map[*types.Package]bool{b.pass.Pkg: true}
	for _, f := range b.pass.AllObjectFacts() {
		if _, ok := f.Fact.(*StatusParamFact); ok && f.Object.Pkg() != nil && !seen[f.Object.Pkg()] {
			seen[f.Object.Pkg()] = true
			pkgs = append(pkgs, f.Object.Pkg())
		}
	}
	var out []*types.Func
	for _, p := range pkgs {
		for _, impl := range ImplsIn(p, fn, it) {
			if p == b.pass.Pkg || b.designated(fn, it, impl) {
				out = append(out, impl)
			}
		}
	}
	return out
}

// queryConst: e is a string constant, or a local variable given one
// value once, a constant, whose address is never handed on.
func (b *builder) queryConst(e ast.Expr) (string, bool) {
	if q, ok := b.ix.stringConst(e); ok {
		return q, true
	}
	v := b.ix.identVar(e)
	if v == nil || v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return "", false
	}
	if _, isParam := b.ix.paramOf[v]; isParam {
		return "", false
	}
	as := b.ix.assigns[v]
	if len(as) != 1 || as[0].Index >= 0 || !plainAssign(as[0].Stmt) {
		return "", false
	}
	q, ok := b.ix.stringConst(as[0].RHS)
	if !ok || b.addressTaken(v) {
		return "", false
	}
	return q, true
}
