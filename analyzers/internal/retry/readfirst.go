package retry

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ReadsStateFirst: in the repeated region, a status read of the provider
// comes before the write and its result is tested before the write runs
// (tx, err := gw.Transaction().Find(ctx, id); if tx.Status == … { return }).
// The replay then happens only when the provider's state says the last
// attempt did not go through.
func ReadsStateFirst(pass *analysis.Pass, info *payment.Info, op *payment.Op, c *Construct) bool {
	if c.Region == nil || info == nil {
		return false
	}
	for _, r := range info.Within(c.Region) {
		if r.Kind.Has(payment.StatusRead) && r.Call.End() <= op.Call.Pos() && testedBefore(pass, r.Call, op.Call, c.Region) {
			return true
		}
	}
	return false
}

// testedBefore: a value read by the call read (not its error) is tested
// by an if or switch between the read and the write.
func testedBefore(pass *analysis.Pass, read, write *ast.CallExpr, region ast.Node) bool {
	results := resultVars(pass, read, region)
	if len(results) == 0 {
		return false
	}
	derive(pass, results, read.End(), write.Pos(), region)
	found := false
	ast.Inspect(region, func(n ast.Node) bool {
		if found {
			return false
		}
		var cond ast.Node
		switch s := n.(type) {
		case *ast.IfStmt:
			cond = s.Cond
		case *ast.SwitchStmt:
			cond = s.Tag
		}
		if cond == nil || cond.Pos() < read.End() || cond.End() > write.Pos() {
			return true
		}
		ast.Inspect(cond, func(m ast.Node) bool {
			if id, ok := m.(*ast.Ident); ok && results[pass.TypesInfo.ObjectOf(id)] {
				found = true
			}
			return !found
		})
		return !found
	})
	return found
}

// derive adds to vars, one hop, the variables assigned between from and
// to from an expression using one of them (refunded, _ :=
// p["amount_refunded"].(float64), in an if's init or before it).
func derive(pass *analysis.Pass, vars map[types.Object]bool, from, to token.Pos, region ast.Node) {
	var add []types.Object
	ast.Inspect(region, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Pos() < from || as.End() > to || len(as.Rhs) != 1 {
			return true
		}
		uses := false
		ast.Inspect(as.Rhs[0], func(m ast.Node) bool {
			if id, ok := m.(*ast.Ident); ok && vars[pass.TypesInfo.ObjectOf(id)] {
				uses = true
			}
			return !uses
		})
		if !uses {
			return true
		}
		for _, lhs := range as.Lhs {
			if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
				if obj := pass.TypesInfo.ObjectOf(id); obj != nil && !isErrorType(obj.Type()) {
					add = append(add, obj)
				}
			}
		}
		return true
	})
	for _, obj := range add {
		vars[obj] = true
	}
}

// resultVars: the variables, other than errors, that the call's results
// are assigned to in region.
func resultVars(pass *analysis.Pass, call *ast.CallExpr, region ast.Node) map[types.Object]bool {
	out := map[types.Object]bool{}
	ast.Inspect(region, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Rhs) != 1 || ast.Unparen(as.Rhs[0]) != call || (as.Tok != token.DEFINE && as.Tok != token.ASSIGN) {
			return true
		}
		for _, lhs := range as.Lhs {
			id, ok := ast.Unparen(lhs).(*ast.Ident)
			if !ok {
				continue
			}
			if obj := pass.TypesInfo.ObjectOf(id); obj != nil && !isErrorType(obj.Type()) {
				out[obj] = true
			}
		}
		return true
	})
	return out
}
