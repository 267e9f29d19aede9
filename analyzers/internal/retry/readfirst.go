package retry

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/varflow"
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
			if id, ok := m.(*ast.Ident); ok {
				if v, ok := pass.TypesInfo.ObjectOf(id).(*types.Var); ok && results[v] {
					found = true
				}
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
func derive(pass *analysis.Pass, vars map[*types.Var]bool, from, to token.Pos, region ast.Node) {
	read := maps.Clone(vars) // one hop: what is added is not followed further
	ast.Inspect(region, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && as.Pos() >= from && as.End() <= to {
			varflow.Spread(pass.TypesInfo, read, vars, as, varflow.Mentions)
		}
		return true
	})
}

// resultVars: the variables, other than errors, that the call's results
// are assigned to in region.
func resultVars(pass *analysis.Pass, call *ast.CallExpr, region ast.Node) map[*types.Var]bool {
	out := map[*types.Var]bool{}
	ast.Inspect(region, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, v := range varflow.Results(pass.TypesInfo, as, call) {
				out[v] = true
			}
		}
		return true
	})
	return out
}
