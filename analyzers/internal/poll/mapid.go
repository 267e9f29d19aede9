package poll

import (
	"go/ast"
	"go/constant"
	"go/types"
)

// ---- a created payment's id read out of a map-shaped answer --------------------
//
// SDKs that answer with a map (razorpay-go's map[string]interface{})
// hand the new payment's id back as an entry of it:
//
//	p, err := c.rz.Payment.CreateRecurringPayment(data, nil)
//	id, _ := p["razorpay_payment_id"].(string)
//	ok, err := c.WaitCaptured(ctx, id)
//
// spread follows np.ID and *np; an entry read by a constant key, with or
// without a type assertion (comma-ok or not), is the same value taken
// out of the answer, so the id waited for is the creation's result. A
// key computed at run time, an index into a slice (one of many items)
// or a call on the answer is not followed.

// spreadKeyed adds to vars the variables given an entry of one of
// them read by a constant key (x := v["id"].(string), x, ok := v["id"]);
// it reports whether any was added.
func (f *finder) spreadKeyed(vars map[*types.Var]bool) bool {
	added := false
	visit := func(as *ast.AssignStmt) {
		var pairs [][2]ast.Expr
		switch {
		case len(as.Lhs) == len(as.Rhs):
			for i := range as.Lhs {
				pairs = append(pairs, [2]ast.Expr{as.Lhs[i], as.Rhs[i]})
			}
		case len(as.Lhs) == 2 && len(as.Rhs) == 1:
			pairs = append(pairs, [2]ast.Expr{as.Lhs[0], as.Rhs[0]}) // the comma-ok's value
		}
		for _, p := range pairs {
			w := f.varOf(p[0])
			if w == nil || vars[w] {
				continue
			}
			if v := f.varOf(f.keyedRoot(p[1])); v != nil && vars[v] {
				vars[w] = true
				added = true
			}
		}
	}
	for _, stmts := range f.assigns {
		for _, s := range stmts {
			if as, ok := s.(*ast.AssignStmt); ok {
				visit(as)
			}
		}
	}
	for _, id := range f.defs {
		if as, ok := f.parent[id].(*ast.AssignStmt); ok {
			visit(as)
		}
	}
	return added
}

// keyedRoot: the expression e reads an entry of by a constant key
// (through type assertions, selectors and stars); nil when e reads none.
func (f *finder) keyedRoot(e ast.Expr) ast.Expr {
	keyed := false
	for {
		switch x := unparen(e).(type) {
		case *ast.TypeAssertExpr:
			e = x.X
		case *ast.SelectorExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.IndexExpr:
			tv, ok := f.info.Types[x.Index]
			if _, isMap := types.Unalias(f.info.TypeOf(x.X)).Underlying().(*types.Map); !isMap || !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
				return nil
			}
			e, keyed = x.X, true
		default:
			if !keyed {
				return nil // spread's own business
			}
			return e
		}
	}
}
