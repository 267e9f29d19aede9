package payment

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/dblib"
)

// ---- the one status value a function stores -----------------------------------------
//
// Whether a stored status is a paid state is decided by the value's word
// (classifyWrite), but merchants name their states freely: a purchase
// "confirmed", a booking "booked", a rental "active". What the word does
// not say, the webhook that calls the store may: a handler that stores X
// only where the provider's event said SUCCESSFUL, and something else
// where it said FAILED, treats X as paid (handler/paidbranch.go). To
// let it ask, each function that stores one constant in a row's status
// column — itself (GORM Update/Updates/Save), through a store taking the
// status as a parameter (StatusParamFact), or through such a function of
// its own — carries a StatusValueFact naming the row, the column and the
// value. A function storing a status it was handed, or two different
// values, or a value this model cannot read, carries none.

// StatusValueFact: the function stores the constant Value (lower case)
// in the status column Col of the table whose words are Table.
type StatusValueFact struct {
	Table []string
	Col   string
	Value string
}

// AFact marks StatusValueFact as a fact.
func (*StatusValueFact) AFact() {}

func (f *StatusValueFact) String() string {
	return "stores status " + f.Value + " as " + strings.Join(f.Table, "_") + "." + f.Col
}

// PaymentRow: the table words name a row whose status is a payment's
// (an order, a purchase, a booking…), not a log or a message about one.
func PaymentRow(table []string) bool { return kindOfTable(table) == tablePayment }

// StatusValueOf is the StatusValueFact of fn, of this package or
// another; nil if it has none or the model did not run.
func (in *Info) StatusValueOf(fn *types.Func) *StatusValueFact {
	if in == nil || in.importFact == nil || fn == nil || fn.Pkg() == nil {
		return nil
	}
	f := new(StatusValueFact)
	if in.importAfter(fn, f) { // statusconst.go
		return f
	}
	return nil
}

// exportStatusValues exports the StatusValueFacts of this package,
// when it can store a status at all (stores): generated API code is
// not scanned call by call.
func (b *builder) exportStatusValues() {
	if !b.stores() {
		return
	}
	memo := &memo{vals: map[*types.Func]*val{}, params: map[*types.Func]*StatusParamFact{}}
	for fn := range b.ix.declOf {
		if v := b.valueOf(fn, 0, memo); v != nil && v.fact != nil {
			b.pass.ExportObjectFact(fn, v.fact)
		}
	}
}

// memo keeps one scan's answers per function.
type memo struct {
	vals   map[*types.Func]*val
	params map[*types.Func]*StatusParamFact
}

// stores: the package talks to GORM or SQL itself, or calls a
// function of another package known to store a status.
func (b *builder) stores() bool {
	for _, p := range b.pass.Pkg.Imports() {
		switch path := p.Path(); {
		case dblib.IsGORM(path), path == "database/sql", strings.HasPrefix(path, "github.com/jmoiron/sqlx"),
			strings.HasPrefix(path, "github.com/jackc/pgx"):
			return true
		}
	}
	for _, f := range b.pass.AllObjectFacts() {
		switch f.Fact.(type) {
		case *StatusParamFact, *StatusValueFact:
			if f.Object.Pkg() != b.pass.Pkg {
				return true
			}
		}
	}
	return false
}

// statusFact is statusFactOf(fn, 0), once per function.
func (b *builder) statusFact(fn *types.Func, memo *memo) *StatusParamFact {
	if f, ok := memo.params[fn]; ok {
		return f
	}
	f := b.statusFactOf(fn, 0)
	memo.params[fn] = f
	return f
}

// stringArg: call hands over a string (a status can only be one).
func (b *builder) stringArg(call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if t := b.ix.info.TypeOf(a); t != nil {
			if bt, ok := t.Underlying().(*types.Basic); ok && bt.Info()&types.IsString != 0 {
				return true
			}
		}
	}
	return false
}

// val is a memoised answer: fact nil when the function stores no
// status, or one this model cannot name (unknown set).
type val struct {
	fact    *StatusValueFact
	unknown bool
}

const maxDepth = 3

// valueOf: what fn, a function of this package, stores in a status column.
func (b *builder) valueOf(fn *types.Func, depth int, memo *memo) *val {
	if v, ok := memo.vals[fn]; ok {
		return v
	}
	memo.vals[fn] = &val{unknown: true} // a cycle says nothing
	decl := b.ix.declOf[fn]
	if decl == nil || decl.Body == nil || depth > maxDepth {
		return memo.vals[fn]
	}
	out := &val{}
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		c, ok := n.(*ast.CallExpr)
		if !ok || out.unknown {
			return !out.unknown
		}
		f, writes := b.callWrite(c, depth, memo)
		switch {
		case !writes:
		case f == nil:
			out.unknown, out.fact = true, nil
		case out.fact == nil:
			out.fact = f
		case !sameWrite(out.fact, f):
			out.unknown, out.fact = true, nil
		}
		return true
	})
	memo.vals[fn] = out
	return out
}

func sameWrite(a, b *StatusValueFact) bool {
	return a.Value == b.Value && a.Col == b.Col && slices.Equal(a.Table, b.Table)
}

// callWrite: call stores a status (writes), and which constant in
// which row when known (nil when the value or the row is not a constant
// this model reads).
func (b *builder) callWrite(call *ast.CallExpr, depth int, memo *memo) (*StatusValueFact, bool) {
	fn := calleeOf(b.ix.info, call)
	if fn == nil || fn.Pkg() == nil {
		return nil, false
	}
	if dblib.IsGORM(funcPath(fn)) && recvTypeName(fn) == "DB" {
		return b.k14GormWrite(call, fn)
	}
	if f, ok := b.sqlStatusValue(call, fn); ok { // sqlstatusvalue.go: a constant UPDATE's status
		return f, true
	}
	if !b.stringArg(call) && fn.Pkg() != b.pass.Pkg {
		return nil, false // no status handed over, and no body here to follow
	}
	if f := b.statusFact(fn, memo); f != nil && f.Param < len(call.Args) {
		vs := b.constStrings(b.unconvert(call.Args[f.Param]))
		if len(vs) != 1 || vs[0] == "" {
			return nil, true // the caller's own status, or one of several
		}
		return b.fact(f.Table, f.Col, vs[0])
	}
	if isAbstract(fn) {
		return nil, false // the handler model weighs implementations (handler/paidbranch.go)
	}
	if fn.Pkg() == b.pass.Pkg {
		if depth >= maxDepth {
			return nil, false
		}
		v := b.valueOf(fn, depth+1, memo)
		if v.unknown {
			return nil, true
		}
		return v.fact, v.fact != nil
	}
	f := new(StatusValueFact)
	if b.pass.ImportObjectFact(fn, f) {
		return f, true
	}
	return nil, false
}

// k14GormWrite: a GORM Update/UpdateColumn of a status column, or
// Updates/UpdateColumns/Save of values holding one.
func (b *builder) k14GormWrite(call *ast.CallExpr, fn *types.Func) (*StatusValueFact, bool) {
	var vals []colVal
	var table []string
	switch fn.Name() {
	case "Update", "UpdateColumn":
		if len(call.Args) != 2 {
			return nil, false
		}
		col, ok := b.ix.stringConst(call.Args[0])
		if !ok {
			return nil, false
		}
		v := b.goValue(b.unconvert(call.Args[1]))
		v.col = goColumn(col)
		vals, table = []colVal{v}, b.gormTable(call, nil)
	case "Updates", "UpdateColumns", "Save":
		if len(call.Args) != 1 {
			return nil, false
		}
		var ok bool
		if vals, ok = b.goColumns(call.Args[0], call); !ok {
			return nil, false
		}
		table = b.gormTable(call, call.Args[0])
	default:
		return nil, false
	}
	for _, v := range vals {
		if !statusColumns[v.col] {
			continue
		}
		if !v.known || v.val == "" || table == nil {
			return nil, true
		}
		return b.fact(table, v.col, v.val)
	}
	return nil, false
}

// fact: the fact for storing s in table.col; a log, a message or a
// notification row is not the state (nil, writes).
func (b *builder) fact(table []string, col, s string) (*StatusValueFact, bool) {
	for _, w := range table {
		if notTables[w] {
			return nil, false
		}
	}
	return &StatusValueFact{Table: table, Col: col, Value: strings.ToLower(s)}, true
}

// ReturnsFresh reports whether fn, of this package or another, returns
// a fresh unique value made inside it (FreshFact: a code, a token, a
// key drawn per call); false if the model did not run.
func (in *Info) ReturnsFresh(fn *types.Func) bool {
	if in == nil || in.importFact == nil || fn == nil || fn.Pkg() == nil {
		return false
	}
	return in.importAfter(fn, new(FreshFact))
}
