package payment

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"

	"github.com/paylint/paylint/analyzers/internal/varflow"
)

// ---- a payment write guarded by a read of the same payment -------------------------
//
// A write whose function first reads the payment it acts on from the
// provider and tests what it read before writing is safe to run again
// after a lost answer: the second run sees the first one's effect.
//
//	func (g *Gateway) RefundOnce(paymentID string, paise int) (string, error) {
//		p, err := g.rp.Payment.Fetch(paymentID, nil, nil)
//		…
//		refunded, _ := p["amount_refunded"].(float64)
//		if int(refunded) >= paise { return "", nil }
//		r, err := g.rp.Payment.Refund(paymentID, paise-int(refunded), …)
//
// Retries judge this where they wrap both calls (retry.ReadsStateFirst);
// a wrapper that does it records it on its fact (ReadGuarded), so a
// queue that delivers the caller's task again, in another package, sees
// the guard inside the callee.

// ReadTestedBefore: a value read by the call read (not its error) is
// tested by an if or switch between the read and the write, in region.
func ReadTestedBefore(info *types.Info, read, write *ast.CallExpr, region ast.Node) bool {
	results := resultVars(info, read, region)
	if len(results) == 0 {
		return false
	}
	derive(info, results, read.End(), write.Pos(), region)
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
				if v, ok := info.ObjectOf(id).(*types.Var); ok && results[v] {
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
func derive(info *types.Info, vars map[*types.Var]bool, from, to token.Pos, region ast.Node) {
	read := maps.Clone(vars) // one hop: what is added is not followed further
	ast.Inspect(region, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && as.Pos() >= from && as.End() <= to {
			varflow.Spread(info, read, vars, as, varflow.Mentions)
		}
		return true
	})
}

// resultVars: the variables, other than errors, that the call's results
// are assigned to in region.
func resultVars(info *types.Info, call *ast.CallExpr, region ast.Node) map[*types.Var]bool {
	out := map[*types.Var]bool{}
	ast.Inspect(region, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, v := range varflow.Results(info, as, call) {
				out[v] = true
			}
		}
		return true
	})
	return out
}

// readGuarded: in d, before the write, a status read of the same
// payment (the same variable names both) whose result is tested before
// the write runs; or the write is a wrapper's whose fact says so.
func (b *builder) readGuarded(d *ast.FuncDecl, write *Op, ops []*Op) bool {
	if write.ReadGuarded {
		return true
	}
	if d == nil || d.Body == nil || !write.Kind.Has(Write) || write.ID == nil {
		return false
	}
	for _, r := range ops {
		if r == write || !r.Kind.Has(StatusRead) || r.Kind.Has(Write) || r.Call.End() > write.Call.Pos() ||
			!sameVar(b.ix.info, r.ID, write.ID) {
			continue
		}
		if ReadTestedBefore(b.ix.info, r.Call, write.Call, d.Body) {
			return true
		}
	}
	return false
}

// sameVar: a and b are identifiers of one variable.
func sameVar(info *types.Info, a, b ast.Expr) bool {
	if a == nil || b == nil {
		return false
	}
	x, ok1 := ast.Unparen(a).(*ast.Ident)
	y, ok2 := ast.Unparen(b).(*ast.Ident)
	if !ok1 || !ok2 {
		return false
	}
	v, _ := info.ObjectOf(x).(*types.Var)
	return v != nil && v == info.ObjectOf(y)
}
