package poll

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/funcs"
)

// ---- durations kept in struct fields ----------------------------------------
//
// A poller often keeps its interval in a field set once by its
// constructor (&Poller{interval: time.Second}) and sleeps on it
// (time.Sleep(p.interval)). An unexported field of a type of the package
// can be written only by the package, so every value it can hold is
// among the package's writes of it: keyed and positional composite
// literals, assignments p.f = …, a functional option's closure. When
// every write is a constant the field holds one of them; a write from
// anything else (a parameter, a configuration value) makes it unknown.
// Writes in _test.go files are left out: tests shorten intervals on
// purpose, the code shipped uses the others.

// pkgIndex holds what the finders of one package share, made on first use.
type pkgIndex struct {
	pass *analysis.Pass

	fieldsOnce sync.Once
	fields     map[*types.Var]*fieldVals

	funcs    *funcs.Set
	blockMu  sync.Mutex
	blocking map[*types.Func]bool // pkgNonBlocking's answers (nonblock.go)

	constMu sync.Mutex
	consts  map[*types.Package][]*types.Const // stringConsts (siblings.go)
}

// fieldVals are the durations written to one field. A write of a
// parameter its function never changes is unknown here, and also kept in
// params: its value is the caller's (ctorinterval.go); other says some
// write is neither a constant nor such a parameter.
type fieldVals struct {
	consts  []time.Duration
	unknown bool
	params  []paramWrite
	other   bool
}

func newPkgIndex(pass *analysis.Pass) *pkgIndex {
	return &pkgIndex{pass: pass, funcs: funcs.Of(pass), blocking: map[*types.Func]bool{}}
}

// fieldDuration folds a duration read from an unexported field of a type
// of this package: known when every write of it in the package is a
// constant (the longest is returned: a rule asks whether it is too short).
func (f *finder) fieldDuration(sel *ast.SelectorExpr) (time.Duration, bool) {
	s := f.info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal || f.pkg == nil {
		return 0, false
	}
	v, _ := s.Obj().(*types.Var)
	if v == nil || v.Exported() || v.Pkg() != f.pass.Pkg || !isDuration(v.Type()) {
		return 0, false
	}
	vals := f.pkg.fieldWrites()[v.Origin()]
	if vals == nil || vals.unknown || len(vals.consts) == 0 {
		return 0, false
	}
	longest := vals.consts[0]
	for _, d := range vals.consts[1:] {
		longest = max(longest, d)
	}
	return longest, true
}

// fieldWrites indexes the writes of the package's unexported duration
// fields.
func (p *pkgIndex) fieldWrites() map[*types.Var]*fieldVals {
	p.fieldsOnce.Do(func() {
		p.fields = map[*types.Var]*fieldVals{}
		info := p.pass.TypesInfo
		for _, file := range p.pass.Files {
			if name := p.pass.Fset.File(file.Pos()); name == nil || strings.HasSuffix(name.Name(), "_test.go") {
				continue
			}
			for _, decl := range file.Decls {
				fd, _ := decl.(*ast.FuncDecl)
				ast.Inspect(decl, func(n ast.Node) bool {
					switch n := n.(type) {
					case *ast.CompositeLit:
						p.litWrites(info, fd, n)
					case *ast.AssignStmt:
						for i, lhs := range n.Lhs {
							var rhs ast.Expr
							if n.Tok == token.ASSIGN && len(n.Rhs) == len(n.Lhs) {
								rhs = n.Rhs[i]
							}
							p.record(info, fd, fieldOf(info, lhs), rhs)
						}
					case *ast.RangeStmt:
						if n.Tok == token.ASSIGN {
							p.record(info, fd, fieldOf(info, n.Key), nil)
							p.record(info, fd, fieldOf(info, n.Value), nil)
						}
					case *ast.IncDecStmt:
						p.record(info, fd, fieldOf(info, n.X), nil)
					case *ast.UnaryExpr:
						if n.Op == token.AND {
							p.record(info, fd, fieldOf(info, n.X), nil) // written through a pointer
						}
					}
					return true
				})
			}
		}
	})
	return p.fields
}

// litWrites records the fields a struct literal sets.
func (p *pkgIndex) litWrites(info *types.Info, fd *ast.FuncDecl, lit *ast.CompositeLit) {
	tv, ok := info.Types[lit]
	if !ok {
		return
	}
	st, ok := tv.Type.Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				v, _ := info.Uses[id].(*types.Var)
				p.record(info, fd, v, kv.Value)
			}
		} else if i < st.NumFields() {
			p.record(info, fd, st.Field(i), el)
		}
	}
}

// record notes that field v is given value (nil: an unknown value) in fd
// (nil: outside functions).
func (p *pkgIndex) record(info *types.Info, fd *ast.FuncDecl, v *types.Var, value ast.Expr) {
	if v == nil || !v.IsField() || v.Exported() || v.Pkg() != p.pass.Pkg || !isDuration(v.Type()) {
		return
	}
	v = v.Origin()
	fv := p.fields[v]
	if fv == nil {
		fv = &fieldVals{}
		p.fields[v] = fv
	}
	if value == nil {
		fv.unknown, fv.other = true, true
		return
	}
	tv, ok := info.Types[value]
	if !ok || tv.Value == nil {
		fv.unknown = true
		if pw, isParam := storedParam(info, fd, value); isParam {
			fv.params = append(fv.params, pw)
		} else {
			fv.other = true
		}
		return
	}
	d, exact := constant.Int64Val(constant.ToInt(tv.Value))
	if !exact {
		fv.unknown, fv.other = true, true
		return
	}
	fv.consts = append(fv.consts, time.Duration(d))
}

// fieldOf returns the field a selector expression selects, nil if e is
// not one.
func fieldOf(info *types.Info, e ast.Expr) *types.Var {
	sel, ok := unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return nil
	}
	v, _ := s.Obj().(*types.Var)
	return v
}
