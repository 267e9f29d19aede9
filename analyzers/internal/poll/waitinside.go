package poll

import (
	"go/ast"
	"go/token"
	"go/types"
)

// ---- wrappers that wait inside themselves ----------------------------------
//
// A loop around a call of the package's own function that itself sleeps,
// ticks or waits on a channel between its reads (a waitMinute that polls
// a payout every 5s for a minute) is not a busy loop: each attempt already
// takes that wait. waitsInside finds such a wait in the function's body or
// in the package's functions it calls (to maxSummaryDepth); unknown code
// is no evidence of a wait (nonblock.go answers the other question).

// waitsInside reports whether fn, a function of the package, waits in its
// body or in a function of the package it calls.
func (f *finder) waitsInside(fn *types.Func, depth int) bool {
	if f.pkg == nil || fn == nil || fn.Pkg() != f.pass.Pkg || depth >= maxSummaryDepth {
		return false
	}
	decl := f.pkg.funcDecl(fn.Origin())
	if decl == nil || decl.Body == nil {
		return false
	}
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // a literal's waits are its own (a goroutine, a callback)
		case *ast.CallExpr:
			callee := f.calleeFunc(n)
			switch {
			case isFunc(callee, "time", "Sleep", "After", "Tick", "NewTicker", "NewTimer"):
				found = true
			case callee != nil && callee.Origin() != fn.Origin():
				found = f.waitsInside(callee, depth+1)
			}
		case *ast.UnaryExpr:
			found = n.Op == token.ARROW
		case *ast.SelectStmt:
			found = !hasDefaultCase(n)
		}
		return !found
	})
	return found
}

func hasDefaultCase(s *ast.SelectStmt) bool {
	for _, c := range s.Body.List {
		if cc, ok := c.(*ast.CommClause); ok && cc.Comm == nil {
			return true
		}
	}
	return false
}
