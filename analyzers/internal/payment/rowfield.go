package payment

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"
	"sync"
)

// ---- a paid constant set on a row handed to a store that writes that field ---------
//
// A service marks the row and hands it whole to its repository, often
// through the repository's interface and with the row as the only
// argument:
//
//	p, _ := repo.FindByOrder(id)
//	if st == "settlement" { p.Status = "paid" }
//	repo.Update(&p)           // PaymentRepository.Update → db.Save(p)
//
// docstore.go judges such a record by names when the store is one
// paylint cannot see into (a key and a record); here the store is seen:
// the implementation writes field F of the row to a payment table's
// status column (FieldStatusFact, fieldstatus.go), directly or, for
// an interface method, in every implementation this package can count
// (its own types and designated ones, ifacewire.go), all agreeing. The
// call is a paid-state write when F was given, before the call, only
// constants of which one the store would judge paid in that column.
//
// Precision: the values must all be known constants (a value copied
// from a parameter or read back decides nothing); a paid constant set
// only where a value read back from the provider says so is no forged
// state (rowchoice.go); implementations that disagree, or none,
// keep it silent.

// rowFieldOp: cs hands a row whose status field holds a paid
// constant to a function that stores that field; the op, or nil.
func (b *builder) rowFieldOp(cs callSite) *Op {
	fn, call := cs.Callee, cs.Call
	if fn == nil || cs.Decl == nil || !slices.ContainsFunc(call.Args, func(a ast.Expr) bool {
		return statusFields(b.ix.info.TypeOf(a)) != nil
	}) {
		return nil // the cheap test first: no row with a status field handed
	}
	f := b.fieldFact(fn)
	if f == nil || f.Param >= len(call.Args) {
		return nil
	}
	rec := call.Args[f.Param]
	row := b.ix.identVar(stripAddr(rec))
	if row != nil && b.paidUnderReadBack(call, row) {
		return nil // paid only where a value read back says so (rowchoice.go)
	}
	vs, ok := b.fieldConstants(rec, row, f.Field, call.Pos()) // docstore.go
	if !ok {
		return nil
	}
	for _, s := range vs {
		if classifyWrite(f.Table, []colVal{{col: f.Col, val: strings.ToLower(s), known: true}}, false) == dbGrant {
			return &Op{Call: call, Kind: StateWrite,
				Desc: "paid state stored as " + strings.Join(f.Table, "_") + "." + f.Col + " by " + qualName(fn)}
		}
	}
	return nil
}

// fieldFact: fn's FieldStatusFact; for an interface method, the one
// every counted implementation agrees on.
func (b *builder) fieldFact(fn *types.Func) *FieldStatusFact {
	if f := new(FieldStatusFact); b.pass.ImportObjectFact(fn, f) {
		return f // a function's own, or an interface method's (exportIfaceFieldStatus)
	}
	if !isAbstract(fn) {
		return nil
	}
	it := ifaceMethod(fn)
	if it == nil {
		return nil
	}
	var first *FieldStatusFact
	for _, p := range b.fieldPkgs() {
		for _, impl := range ImplsIn(p, fn, it) {
			if p != b.pass.Pkg && !b.designated(fn, it, impl) {
				continue
			}
			f := new(FieldStatusFact)
			if isAbstract(impl) || !b.pass.ImportObjectFact(impl, f) {
				return nil // an implementation that stores nothing we can see
			}
			if first != nil && (f.Param != first.Param || f.Field != first.Field || f.Col != first.Col ||
				!slices.Equal(f.Table, first.Table)) {
				return nil
			}
			first = f
		}
	}
	return first
}

// fieldPkgs: this package and those with a FieldStatusFact, listed
// once per pass.
func (b *builder) fieldPkgs() []*types.Package {
	if v, ok := pkgMemo.Load(b.pass); ok {
		return v.([]*types.Package)
	}
	pkgs := []*types.Package{b.pass.Pkg}
	seen := map[*types.Package]bool{b.pass.Pkg: true}
	for _, of := range b.pass.AllObjectFacts() {
		if _, ok := of.Fact.(*FieldStatusFact); ok && of.Object.Pkg() != nil && !seen[of.Object.Pkg()] {
			seen[of.Object.Pkg()] = true
			pkgs = append(pkgs, of.Object.Pkg())
		}
	}
	pkgMemo.Store(b.pass, pkgs)
	return pkgs
}

// pkgMemo: *analysis.Pass → []*types.Package (one unit per process in
// go vet mode; a handful of passes in tests).
var pkgMemo sync.Map

// exportIfaceFieldStatus exports, on each method of an interface
// declared in this package, the FieldStatusFact every implementation of
// this package agrees on (at least one, none abstract). The common
// repository hides its implementation (func NewPayments(db) Payments {
// return &payments{db} }): a fact on the unexported type's method cannot
// be named from another package in go vet mode (objectpath reaches no
// unexported type the package's API does not show), so its callers saw
// none; the interface method can be named.
func (b *builder) exportIfaceFieldStatus() {
	scope := b.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		it, ok := tn.Type().Underlying().(*types.Interface)
		if !ok {
			continue
		}
		for i := 0; i < it.NumExplicitMethods(); i++ {
			m := it.ExplicitMethod(i)
			if b.pass.ImportObjectFact(m, new(FieldStatusFact)) {
				continue
			}
			var first *FieldStatusFact
			for _, impl := range ImplsIn(b.pass.Pkg, m, it) {
				f := new(FieldStatusFact)
				if isAbstract(impl) || !b.pass.ImportObjectFact(impl, f) ||
					first != nil && (f.Param != first.Param || f.Field != first.Field || f.Col != first.Col || !slices.Equal(f.Table, first.Table)) {
					first = nil
					break
				}
				first = f
			}
			if first != nil {
				b.pass.ExportObjectFact(m, first)
			}
		}
	}
}
