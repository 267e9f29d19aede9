package payment

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// ---- a record saved whole in a store of the merchant's own ----------------
//
// Not every team stores state through an ORM. A generic collection over
// Datastore, Firestore, bolt or a map keeps records whole by key:
//
//	cp, _, _ := s.carts.Fetch(ctx, id)
//	cp.Outcome = outcomeOf(ev.Type)     // "paid", "declined", "voided"
//	s.carts.Save(ctx, id, cp)           // Collection[CartPayment]
//
// The store's method names nothing (Put, Save, Store, Upsert) and its
// package is the merchant's; what makes the call a paid-state write is
// what it is handed: a record of a payment (its type, the status field's
// own words or the store's field name an order, a checkout, a payment…,
// judged by the vocabulary of dbclass.go) whose status field was given,
// before the call, a value that may be paid: a constant, a local holding
// constants, or what a plain classifier of this package returns, when
// every return of it is a constant and one is paid. A value the model
// cannot read (copied from a parameter, read back from an API) decides
// nothing here; a store of a known database library is dbwrites.go's.

// storeVerbs: the first word of a store method that writes a record.
var storeVerbs = []string{"put", "save", "store", "upsert", "set", "update", "insert", "create", "persist",
	"write", "replace"}

// storeRecordOp: cs hands a payment record, whose status field may
// have been given a paid value, to a store method of a package paylint
// does not model; the op, or nil.
func (b *builder) storeRecordOp(cs callSite) *Op {
	fn, call := cs.Callee, cs.Call
	if fn == nil || cs.Decl == nil || !hasRecv(fn) || len(call.Args) < 2 || !storePkg(funcPath(fn)) {
		return nil
	}
	if !slices.Contains(storeVerbs, splitWords(fn.Name())[0]) {
		return nil
	}
	var rec ast.Expr // the one argument that is a struct with a status field
	for _, a := range call.Args {
		if statusFields(b.ix.info.TypeOf(a)) != nil {
			if rec != nil {
				return nil // two records: which one is stored?
			}
			rec = a
		}
	}
	if rec == nil {
		return nil
	}
	named := r15Named(b.ix.info.TypeOf(rec))
	// The store's own words: a cache's copy is not the state (notTables).
	store := append(storeWords(call), tableWords(goColumn(recvTypeName(fn)))...)
	row := b.ix.identVar(stripAddr(rec))
	if row != nil && b.paidUnderReadBack(call, row) {
		return nil // paid only where a value read back says so (rowchoice.go)
	}
	for _, f := range statusFields(named) {
		vs, ok := b.fieldConstants(rec, row, f.Name(), call.Pos())
		if !ok {
			continue
		}
		table := append(tableWords(goColumn(named.Obj().Name())), fieldNoun(f.Name())...)
		table = append(table, store...)
		c := constChoice(slices.Clone(vs))
		c.col = "status"
		if classifyWrite(table, []colVal{c}, false) != dbGrant {
			continue
		}
		return &Op{Call: call, Kind: StateWrite,
			Desc: "paid state stored as " + named.Obj().Name() + "." + f.Name() + " by " + qualName(fn)}
	}
	return nil
}

// fieldConstants: the constants field name of the record may hold at
// pos: those of every value it was given before (a keyed literal's
// element; for a local, its literal and each rec.name = x), when all are
// known.
func (b *builder) fieldConstants(rec ast.Expr, row *types.Var, name string, pos token.Pos) ([]string, bool) {
	var vals []ast.Expr
	if cl, ok := stripAddr(rec).(*ast.CompositeLit); ok {
		if e := litField(cl, name); e != nil {
			vals = append(vals, e)
		}
	} else if row != nil && !row.IsField() {
		t := &trace{b: b, before: pos}
		vals = t.fieldValues(row, name)
	}
	if len(vals) == 0 {
		return nil, false
	}
	var out []string
	for _, v := range vals {
		vs, ok := b.constants(v, 0)
		if !ok {
			return nil, false
		}
		out = append(out, vs...)
	}
	return out, len(out) > 0
}

// storePkg: a package whose store methods are not modelled elsewhere:
// neither the standard library (sync.Map.Store, a cache) nor a library
// paylint knows (GORM, sqlx, pgx, mongo and redis writes are dbwrites.go's).
func storePkg(path string) bool {
	return path != "" && !isStdlibPath(path) && !Library(path) && !mongoPaths[path] && !redisPaths[path] &&
		!strings.HasPrefix(path, "go.mongodb.org/") && !strings.HasPrefix(path, "github.com/redis/") &&
		!strings.HasPrefix(path, "github.com/go-redis/") && !strings.HasPrefix(path, "github.com/uptrace/bun") &&
		!strings.HasPrefix(path, "entgo.io/")
}

// statusFields: the status fields of the struct t holds (or points
// to): string-valued fields named for a status or state (Status,
// CheckoutStatus, PaymentState) or of a type so named (Outcome PayState).
func statusFields(t types.Type) []*types.Var {
	st := rowStruct(t)
	if st == nil {
		return nil
	}
	var out []*types.Var
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if basic, ok := f.Type().Underlying().(*types.Basic); ok && basic.Info()&types.IsString != 0 &&
			(statusWord(f.Name()) || statusWord(typeName(f.Type()))) {
			out = append(out, f)
		}
	}
	return out
}

// statusWord: a name ending in status or state (CheckoutStatus,
// PayState).
func statusWord(name string) bool {
	if name == "" {
		return false
	}
	ws := splitWords(name)
	return ws[len(ws)-1] == "status" || ws[len(ws)-1] == "state"
}

// typeName: the name of a named type, "" otherwise.
func typeName(t types.Type) string {
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// fieldNoun: the words of a status field's name before "status"
// (CheckoutStatus → checkout), which say whose status it is.
func fieldNoun(name string) []string {
	ws := splitWords(name)
	if !statusWord(name) {
		return nil
	}
	var out []string
	for _, w := range ws[:len(ws)-1] {
		out = append(out, singular(w))
	}
	return out
}

// storeWords: the words of the store the record is handed to, as its
// receiver names it (s.carts, orderCache), singular; the caller adds its
// type's (Cache[T]).
func storeWords(call *ast.CallExpr) []string {
	sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	var name string
	switch x := unparen(sel.X).(type) {
	case *ast.Ident:
		name = x.Name
	case *ast.SelectorExpr:
		name = x.Sel.Name
	}
	if name == "" {
		return nil
	}
	return tableWords(goColumn(name))
}

// s17MaxDepth bounds the conversions, locals and classifiers followed.
const s17MaxDepth = 4

// constants: every value e may hold, when all are constants: e's own,
// a local's (constStrings), or the returns of a plain function or method
// of this package whose every return is a constant (a classifier mapping
// an event to a status). ok is false when any value is not known.
func (b *builder) constants(e ast.Expr, depth int) ([]string, bool) {
	if depth > s17MaxDepth {
		return nil, false
	}
	if s, ok := b.ix.stringConst(e); ok {
		return []string{s}, true
	}
	if vs := b.constStrings(e); len(vs) > 0 {
		return vs, true
	}
	if v := b.ix.identVar(e); v != nil {
		return b.localConstants(v, depth)
	}
	call, ok := unparen(e).(*ast.CallExpr)
	if !ok {
		return nil, false
	}
	if tv, ok := b.ix.info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return b.constants(call.Args[0], depth+1) // PayOutcome(x)
	}
	fn := calleeOf(b.ix.info, call)
	if fn == nil || isAbstract(fn) || b.lookupSDK(fn) != nil || b.wrapperFact(fn) != nil {
		return nil, false
	}
	// A classifier handed a value read back from the provider (a status
	// fetched by id) maps the provider's verdict, not the sender's word:
	// the read is the check, as rowchoice.go keeps it silent.
	for _, a := range call.Args {
		if b.notFromRequest(a) {
			return nil, false
		}
	}
	decl := b.ix.declOf[fn]
	if decl == nil || decl.Body == nil || decl.Type.Results == nil || decl.Type.Results.NumFields() != 1 {
		return nil, false
	}
	var out []string
	known := true
	firstResults(decl.Body, func(r ast.Expr) bool {
		vs, ok := b.constants(r, depth+1)
		if !ok {
			known = false
			return true
		}
		out = append(out, vs...)
		return false
	})
	if !known || len(out) == 0 {
		return nil, false
	}
	return out, true
}

// localConstants: the constants a local variable may hold, when every
// value it is given (whole, by = or :=) has only constants
// (st := outcomeOf(ev.Type)); not for parameters, fields, package
// variables or a variable whose address is handed on.
func (b *builder) localConstants(v *types.Var, depth int) ([]string, bool) {
	if v.IsField() || v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return nil, false
	}
	if _, isParam := b.ix.paramOf[v]; isParam {
		return nil, false
	}
	as := b.ix.assigns[v]
	if len(as) == 0 {
		return nil, false
	}
	var out []string
	for _, a := range as {
		if a.Index >= 0 || !plainAssign(a.Stmt) {
			return nil, false
		}
		vs, ok := b.constants(a.RHS, depth+1)
		if !ok {
			return nil, false
		}
		out = append(out, vs...)
	}
	if b.addressTaken(v) {
		return nil, false
	}
	return out, true
}

// notFromRequest: e names a local variable whose value is not traced to
// the request being served or to a parameter (rowchoice.go).
func (b *builder) notFromRequest(e ast.Expr) bool {
	bad := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.SelectorExpr:
			ast.Inspect(x.X, func(k ast.Node) bool { // the field name is not a variable
				if id, ok := k.(*ast.Ident); ok {
					bad = bad || b.localNotFromRequest(id)
				}
				return true
			})
			return false
		case *ast.Ident:
			bad = bad || b.localNotFromRequest(x)
		}
		return !bad
	})
	return bad
}
