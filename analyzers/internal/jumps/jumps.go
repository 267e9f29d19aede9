// Package jumps finds the branch statements of a body that leave it: a
// break, continue or goto that goes past the statements nested in it.
// The poll model asks whether a helper's loop can break out before its
// cap (capgiveup.go), the retry model whether a loop goes round again
// (onceloop.go).
package jumps

import "go/ast"

// Any reports whether body holds, outside function literals, a branch
// statement that match accepts. nested is true for one inside a
// statement that nests reports (a loop; for a break also a switch or a
// select): there an unlabelled break or continue stops at that
// statement, not at body's.
func Any(body ast.Node, nests func(ast.Node) bool, match func(b *ast.BranchStmt, nested bool) bool) bool {
	found := false
	var visit func(n ast.Node, nested bool)
	visit = func(n ast.Node, nested bool) {
		ast.Inspect(n, func(m ast.Node) bool {
			if found || m == nil {
				return false
			}
			switch m := m.(type) {
			case *ast.FuncLit:
				return false
			case *ast.BranchStmt:
				found = match(m, nested)
			default:
				if m != n && nests(m) {
					visit(m, true)
					return false
				}
			}
			return true
		})
	}
	visit(body, false)
	return found
}

// Loop: a for or range statement, what an unlabelled continue stops at.
func Loop(n ast.Node) bool {
	switch n.(type) {
	case *ast.ForStmt, *ast.RangeStmt:
		return true
	}
	return false
}

// BreakTarget: a loop, switch or select, what an unlabelled break stops at.
func BreakTarget(n ast.Node) bool {
	switch n.(type) {
	case *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
		return true
	}
	return false
}
