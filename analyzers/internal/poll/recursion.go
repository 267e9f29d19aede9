package poll

import (
	"go/ast"
	"go/token"
	"go/types"
)

// recursion recognises a function that reads a payment's status and calls
// itself again.
func (f *finder) recursion(fd *ast.FuncDecl) *Loop {
	if fd.Body == nil || fd.Name == nil {
		return nil
	}
	l := &Loop{Kind: Recursion, Node: fd, Body: fd.Body, region: fd.Body, Func: fd, f: f}
	for _, c := range f.repeats(l) {
		if l.Pos == token.NoPos {
			l.Pos = c.Pos()
		}
	}
	if l.Pos == token.NoPos {
		return nil
	}
	return l
}

func (f *finder) isRecursiveCall(c *ast.CallExpr, l *Loop) bool {
	fd, ok := l.Node.(*ast.FuncDecl)
	if !ok {
		return false
	}
	self, _ := f.info.Defs[fd.Name].(*types.Func)
	return self != nil && f.calleeFunc(c) == self
}

func (f *finder) containsRecursiveCall(n ast.Node, l *Loop) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if c, ok := m.(*ast.CallExpr); ok && f.isRecursiveCall(c, l) {
			found = true
		}
		return !found
	})
	return found
}

// recursionInvariant: in a recursive poll, a parameter is the same payment
// when every recursive call passes it back unchanged.
func (f *finder) recursionInvariant(v *types.Var, l *Loop, depth int) bool {
	fd := l.Node.(*ast.FuncDecl)
	idx := paramIndex(f, fd, v)
	if idx < 0 {
		def := f.defs[v]
		if def == nil || !within(def, fd) {
			return true // package level
		}
		rhs, ok := f.defValue(def)
		if !ok {
			return false
		}
		return rhs == nil || f.invariant(rhs, l, depth+1)
	}
	for _, c := range f.repeats(l) {
		call := c.(*ast.CallExpr)
		if idx >= len(call.Args) || f.varOf(call.Args[idx]) != v {
			return false
		}
	}
	return true
}

func paramIndex(f *finder, fd *ast.FuncDecl, v *types.Var) int {
	i := 0
	for _, field := range fd.Type.Params.List {
		if len(field.Names) == 0 {
			i++
			continue
		}
		for _, n := range field.Names {
			if f.info.Defs[n] == v {
				return i
			}
			i++
		}
	}
	return -1
}

// recursionBounds: an attempt parameter passed on changed (n+1, n-1) and
// compared, or a context parameter checked.
func (f *finder) recursionBounds(l *Loop, add func(ast.Node, string)) {
	fd := l.Node.(*ast.FuncDecl)
	for _, c := range f.repeats(l) {
		call := c.(*ast.CallExpr)
		for i, a := range call.Args {
			if _, ok := unparen(a).(*ast.BinaryExpr); !ok {
				continue
			}
			p := paramAt(f, fd, i)
			if p == nil {
				continue
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if is, ok := n.(*ast.IfStmt); ok && mentionsVar(f, is.Cond, p) && leavesRound(is.Body) {
					add(is.Cond, "attempt cap")
				}
				return true
			})
		}
	}
}

func paramAt(f *finder, fd *ast.FuncDecl, idx int) *types.Var {
	i := 0
	for _, field := range fd.Type.Params.List {
		for _, n := range field.Names {
			if i == idx {
				v, _ := f.info.Defs[n].(*types.Var)
				return v
			}
			i++
		}
		if len(field.Names) == 0 {
			i++
		}
	}
	return nil
}
