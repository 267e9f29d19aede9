package handler

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// ---- a secret that cannot be empty ----------------------------------------------
//
// `if h.secret != "" && !valid(h.secret, body, sig)` fails open when the
// secret may be unset. When every place of this package that sets the
// field refuses an empty value first (the constructor returns an error,
// panics or calls log.Fatal when os.Getenv gives ""), the emptiness check
// is dead code: the check always runs, and the handler is not fail-open.
// Anything not seen here (an exported field, a zero literal, a value not
// checked where it is stored) keeps the check live.

// neverEmpty reports whether the value an emptiness check i tests is a
// field of this package's struct that is only ever set to a value proven
// non-empty.
func (m *Model) neverEmpty(i *ssa.If) bool {
	fld, st := checkedField(i)
	return m.fieldNeverEmpty(fld, st)
}

// fieldNeverEmpty: fld, an unexported field of this package's struct st,
// is set at least once, and every store and literal sets it to a value
// proven non-empty.
func (m *Model) fieldNeverEmpty(fld *types.Var, st *types.Struct) bool {
	if fld == nil || fld.Exported() || fld.Pkg() != m.pass.Pkg {
		return false
	}
	stores := 0
	for _, fn := range m.fnOf {
		for _, b := range fn.Blocks {
			for _, in := range b.Instrs {
				s, ok := in.(*ssa.Store)
				if !ok || storedField(s.Addr) != fld {
					continue
				}
				if !m.provenNonEmpty(s.Val, b, 0) {
					return false
				}
				stores++
			}
		}
	}
	return stores > 0 && m.literalsSet(st, fld)
}

// checkedField: the struct field (and its struct) whose value i tests for
// emptiness (x.f != "", len(x.f) > 0), nil if it tests something else.
func checkedField(i *ssa.If) (*types.Var, *types.Struct) {
	b, ok := i.Cond.(*ssa.BinOp)
	if !ok {
		return nil, nil
	}
	if _, found := emptyCheck(i); !found {
		return nil, nil
	}
	for _, v := range []ssa.Value{b.X, b.Y} {
		if c, ok := v.(*ssa.Call); ok && len(c.Call.Args) == 1 {
			if bi, ok := c.Call.Value.(*ssa.Builtin); ok && bi.Name() == "len" {
				v = c.Call.Args[0]
			}
		}
		switch x := strip(v).(type) {
		case *ssa.UnOp:
			if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL {
				return fieldOf(fa.X.Type(), fa.Field)
			}
		case *ssa.Field:
			return fieldOf(x.X.Type(), x.Field)
		}
	}
	return nil, nil
}

// fieldOf: field n of the struct t (or *t) is.
func fieldOf(t types.Type, n int) (*types.Var, *types.Struct) {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || n >= st.NumFields() {
		return nil, nil
	}
	return st.Field(n), st
}

// storedField: the field an address selects, nil if not a field.
func storedField(addr ssa.Value) *types.Var {
	fa, ok := addr.(*ssa.FieldAddr)
	if !ok {
		return nil
	}
	f, _ := fieldOf(fa.X.Type(), fa.Field)
	return f
}

// provenNonEmpty: v, used in block b, is a non-empty constant, or an
// emptiness check of v in the same function sends the empty case where
// it cannot reach b (a return, a panic, log.Fatal), or v is a parameter
// of an unexported function (or one of package main) that every caller
// of this package hands a value proven non-empty.
func (m *Model) provenNonEmpty(v ssa.Value, b *ssa.BasicBlock, depth int) bool {
	v = strip(v)
	if s, ok := constStr(v); ok {
		return s != ""
	}
	for _, i := range ifs(b.Parent()) {
		nonEmpty, found := emptyCheck(i)
		if !found || !testsValue(i, v) {
			continue
		}
		empty := succ(i, 0)
		if empty.to == nonEmpty.to {
			empty = succ(i, 1)
		}
		if reaches(i.Block(), b) && !reaches(empty.to, b) {
			return true
		}
	}
	if p, ok := v.(*ssa.Parameter); ok && depth < 2 {
		return m.callersProve(p, depth)
	}
	return false
}

// callersProve: p's function is called only from this package (it is
// unexported, or the package is main), at least once, and every static
// call hands p a value proven non-empty.
func (m *Model) callersProve(p *ssa.Parameter, depth int) bool {
	fn := p.Parent()
	obj, _ := fn.Object().(*types.Func)
	if obj == nil || obj.Exported() && m.pass.Pkg.Name() != "main" {
		return false
	}
	idx := -1
	for i, q := range fn.Params {
		if q == p {
			idx = i
		}
	}
	calls := 0
	for _, caller := range m.fnOf {
		for _, b := range caller.Blocks {
			for _, in := range b.Instrs {
				c, ok := in.(ssa.CallInstruction)
				if !ok {
					continue
				}
				if refersToFn(c, fn) {
					return false // a function value: its calls are not seen
				}
				if c.Common().StaticCallee() != fn {
					continue
				}
				args := c.Common().Args
				if idx < 0 || idx >= len(args) || !m.provenNonEmpty(args[idx], b, depth+1) {
					return false
				}
				calls++
			}
		}
	}
	return calls > 0
}

// refersToFn: c hands fn on as a value (an argument), not a call of it.
func refersToFn(c ssa.CallInstruction, fn *ssa.Function) bool {
	for _, a := range c.Common().Args {
		if strip(a) == fn {
			return true
		}
	}
	return false
}

// testsValue: the emptiness check i tests v itself (v == "", len(v) == 0).
func testsValue(i *ssa.If, v ssa.Value) bool {
	b := i.Cond.(*ssa.BinOp) // emptyCheck found it: a BinOp
	for _, x := range []ssa.Value{b.X, b.Y} {
		if c, ok := x.(*ssa.Call); ok && len(c.Call.Args) == 1 {
			if bi, ok := c.Call.Value.(*ssa.Builtin); ok && bi.Name() == "len" {
				x = c.Call.Args[0]
			}
		}
		if strip(x) == v {
			return true
		}
	}
	return false
}

// literalsSet: every composite literal of the struct in this package
// names the field (or lists every field), and no new(T) makes a zero one.
func (m *Model) literalsSet(st *types.Struct, fld *types.Var) bool {
	ok := true
	for _, f := range m.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.CompositeLit:
				if t := m.pass.TypesInfo.TypeOf(x); t != nil && t.Underlying() == st && !namesField(x, fld) {
					ok = false
				}
			case *ast.CallExpr:
				if id, isID := ast.Unparen(x.Fun).(*ast.Ident); isID && id.Name == "new" && len(x.Args) == 1 {
					if t := m.pass.TypesInfo.TypeOf(x.Args[0]); t != nil && t.Underlying() == st {
						ok = false
					}
				}
			}
			return ok
		})
	}
	return ok
}

// namesField: the literal sets fld by key, or lists every field in order.
func namesField(lit *ast.CompositeLit, fld *types.Var) bool {
	for _, e := range lit.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			return len(lit.Elts) > 0 // positional: every field is given
		}
		if id, ok := kv.Key.(*ast.Ident); ok && id.Name == fld.Name() {
			return true
		}
	}
	return false
}

// deadEmptyEdges are the "empty" edges of fn's emptiness checks of a
// field that is never empty: no path takes them, so a path through one
// counts as guarded by whatever it skips.
func (m *Model) deadEmptyEdges(fn *ssa.Function) []edge {
	var out []edge
	for _, i := range ifs(fn) {
		nonEmpty, found := emptyCheck(i)
		if !found || !m.neverEmpty(i) {
			continue
		}
		empty := succ(i, 0)
		if empty.to == nonEmpty.to {
			empty = succ(i, 1)
		}
		out = append(out, empty)
	}
	return append(out, m.deadFlagEdges(fn)...) // a switch never on when deployed (deadflag.go)
}
