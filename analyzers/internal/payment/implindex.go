package payment

import (
	"go/types"
	"sort"
	"sync"
)

// ---- implementations of an interface method, by a per-package method index ------
//
// "Which types of package p implement this interface method?" is asked
// for every interface call of a handler or wrapper and every package it
// imports (net/http, an SDK, the merchant's stores), and most of those
// packages' types have no method of that name. Checking each type with
// types.Implements was most of the analysis time of a webhook package in
// go vet mode. Each package's named types are indexed once by the names
// of their declared methods; only those with the method (or with embedded
// fields, whose promoted methods the index does not list) are checked.

// ImplsIn returns the methods of pkg's named types that implement fn of
// it (T or *T implements it), test doubles excepted, in scope order.
func ImplsIn(pkg *types.Package, fn *types.Func, it *types.Interface) []*types.Func {
	key := implsKey{pkg, it, fn}
	if v, ok := implsMemo.Load(key); ok {
		return v.([]*types.Func)
	}
	idx := methodIndexOf(pkg)
	var out []*types.Func
	for _, i := range idx.candidates(fn.Name()) {
		if m := implMethod(idx.types[i], fn, it); m != nil {
			out = append(out, m)
		}
	}
	implsMemo.Store(key, out)
	return out
}

type implsKey struct {
	pkg    *types.Package
	iface  *types.Interface
	method *types.Func
}

// The memos live as long as the process: one package's analysis in go
// vet mode, where every unit is its own process.
var implsMemo, indexMemo sync.Map // implsKey → []*types.Func; *types.Package → *methodIndex

// methodIndex: pkg's named non-alias types in scope order, the positions
// of those declaring each method name, and of those with embedded fields.
type methodIndex struct {
	types    []*types.Named
	byName   map[string][]int
	embedded []int
}

func methodIndexOf(pkg *types.Package) *methodIndex {
	if v, ok := indexMemo.Load(pkg); ok {
		return v.(*methodIndex)
	}
	idx := &methodIndex{byName: map[string][]int{}}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok {
			continue
		}
		i := len(idx.types)
		idx.types = append(idx.types, n)
		for j := 0; j < n.NumMethods(); j++ {
			m := n.Method(j).Name()
			idx.byName[m] = append(idx.byName[m], i)
		}
		if hasEmbedded(n) {
			idx.embedded = append(idx.embedded, i)
		}
	}
	indexMemo.Store(pkg, idx)
	return idx
}

// candidates: positions of the types that may have method name, in order.
func (idx *methodIndex) candidates(name string) []int {
	a, b := idx.byName[name], idx.embedded
	if len(b) == 0 {
		return a
	}
	out := append(append(make([]int, 0, len(a)+len(b)), a...), b...)
	sort.Ints(out)
	return out
}

func hasEmbedded(n *types.Named) bool {
	s, ok := n.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < s.NumFields(); i++ {
		if s.Field(i).Embedded() {
			return true
		}
	}
	return false
}
