package handler

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// ---- a switch around the check that is never on in a deployed binary --------------
//
// `if !h.sandbox { verify }` skips the check when sandbox is set: when
// the deployment sets it (from an environment comparison, a constructor
// parameter), a misconfigured production accepts forged events, and the
// handler stays Skipped. Two switches are never on where it runs:
//   - a condition compiled in as a constant (const verifyOff = false);
//   - an unexported bool field of this package's struct that no code
//     outside _test.go files sets to anything but false, and whose address
//     is never handed out (flag.BoolVar(&h.skip, …)): only the tests turn
//     it on.
//
// Their "on" edge is taken by no deployed request, so a path through it
// counts as guarded by the check it skips (deadEmptyEdges does the same
// for a secret that is never empty).

// deadFlagEdges are the edges of fn's conditions that no deployed run takes.
func (m *Model) deadFlagEdges(fn *ssa.Function) []edge {
	var out []edge
	for _, i := range ifs(fn) {
		if b, ok := constBool(i.Cond); ok {
			if b {
				out = append(out, succ(i, 1))
			} else {
				out = append(out, succ(i, 0))
			}
			continue
		}
		if fld, st := boolFieldRead(i.Cond); fld != nil && m.testOnlyFlag(fld, st) {
			out = append(out, succ(i, 0)) // the flag set: only under test
		}
	}
	return out
}

// boolFieldRead: v reads a bool field of a struct (h.skip, c.cfg.skip).
func boolFieldRead(v ssa.Value) (*types.Var, *types.Struct) {
	var fld *types.Var
	var st *types.Struct
	switch x := v.(type) {
	case *ssa.UnOp:
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL {
			fld, st = fieldOf(fa.X.Type(), fa.Field)
		}
	case *ssa.Field:
		fld, st = fieldOf(x.X.Type(), x.Field)
	}
	if fld == nil {
		return nil, nil
	}
	if b, ok := fld.Type().Underlying().(*types.Basic); !ok || b.Kind() != types.Bool {
		return nil, nil
	}
	return fld, st
}

// testOnlyFlag: fld is an unexported bool field of this package that no
// function outside _test.go files sets other than to false, whose address
// goes nowhere but loads and stores, and that no composite literal
// outside tests sets other than to false.
func (m *Model) testOnlyFlag(fld *types.Var, st *types.Struct) bool {
	if fld.Exported() || fld.Pkg() != m.pass.Pkg {
		return false
	}
	for _, fn := range m.fnOf {
		if m.inTestFile(fn.Pos()) {
			continue
		}
		for _, b := range fn.Blocks {
			for _, in := range b.Instrs {
				fa, ok := in.(*ssa.FieldAddr)
				if !ok || storedField(fa) != fld {
					continue
				}
				for _, ref := range *fa.Referrers() {
					switch r := ref.(type) {
					case *ssa.UnOp:
						// a load
					case *ssa.Store:
						if v, ok := constBool(r.Val); r.Addr != fa || !ok || v {
							return false
						}
					default:
						return false // &h.skip handed on
					}
				}
			}
		}
	}
	return m.literalsFalse(st, fld)
}

// literalsFalse: no composite literal of st outside _test.go files sets
// fld other than to a constant false.
func (m *Model) literalsFalse(st *types.Struct, fld *types.Var) bool {
	ok := true
	for _, f := range m.pass.Files {
		if m.inTestFile(f.Pos()) {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, isLit := n.(*ast.CompositeLit)
			if !isLit || !ok {
				return ok
			}
			if t := m.pass.TypesInfo.TypeOf(lit); t == nil || t.Underlying() != st {
				return true
			}
			for k, e := range lit.Elts {
				val := e
				if kv, isKV := e.(*ast.KeyValueExpr); isKV {
					if id, isID := kv.Key.(*ast.Ident); !isID || id.Name != fld.Name() {
						continue
					}
					val = kv.Value
				} else if st.Field(k) != fld {
					continue
				}
				if tv := m.pass.TypesInfo.Types[val]; tv.Value == nil || tv.Value.Kind() != constant.Bool || constant.BoolVal(tv.Value) {
					ok = false
				}
			}
			return ok
		})
	}
	return ok
}

func (m *Model) inTestFile(p token.Pos) bool {
	return p.IsValid() && strings.HasSuffix(m.pass.Fset.Position(p).Filename, "_test.go")
}
