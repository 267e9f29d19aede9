package payment

import (
	"go/ast"
	"go/token"
)

// ---- a paid state stored only when a parameter says so ------------------------
//
// A store method often writes whatever status it is handed and stamps the
// paid extras only on the paid branch:
//
//	func (s *Store) UpdatePaymentStatus(sessionID, status, pi string) error {
//		if status == "paid" {
//			_, err := s.db.Exec(`UPDATE payments SET status = ?, paid_at = datetime('now') …`, status, …)
//			return err
//		}
//		_, err := s.db.Exec(`UPDATE payments SET status = ? …`, status, …)
//		return err
//	}
//
// Its summary is a paid-state write, and a webhook's
// UpdatePaymentStatus(cs.ID, "failed", "") was reported as storing a
// paid state it never stores. When every paid-state write of a function
// (and every fulfilment) runs only where one parameter equals one string
// constant — inside `if p == C`, after `if p != C { …; return }`, under
// `case C:` of `switch p`, or through a callee whose own such parameter is
// handed p — the fact records it (PaidParam, PaidWhen), and a call
// handing that parameter another constant stores no paid state (viaOp).
// An argument that is not a constant keeps the paid write: paylint cannot
// tell which branch it takes.

// paidWhen: the parameter and constant every paid-state write and
// fulfilment of d waits for; ok false when one does not, or they differ.
func (b *builder) paidWhen(d *ast.FuncDecl, ops []*Op) (param int, when string, ok bool) {
	if d == nil || d.Body == nil {
		return 0, "", false
	}
	found := false
	for _, op := range ops {
		if !op.Kind.Any(StateWrite | Fulfillment) {
			continue
		}
		p, c, ok := b.paidWhenAt(d, op)
		if !ok || found && (p != param || c != when) {
			return 0, "", false
		}
		param, when, found = p, c, true
	}
	return param, when, found
}

// paidWhenAt: the parameter and constant op's paid write waits for.
func (b *builder) paidWhenAt(d *ast.FuncDecl, op *Op) (int, string, bool) {
	if op.Via != nil {
		if f := b.wrapperFact(op.Via); f != nil && f.PaidWhen != "" && f.PaidParam < len(op.Call.Args) {
			if p := b.ix.paramIndexIn(op.Call.Args[f.PaidParam], d); p >= 0 {
				return p, f.PaidWhen, true // the callee's own parameter, handed ours
			}
		}
	}
	path := enclosing(d.Body, op.Call.Pos())
	for i := len(path) - 1; i >= 0; i-- {
		inner := op.Call.Pos()
		if i+1 < len(path) {
			inner = path[i+1].Pos()
		}
		switch x := path[i].(type) {
		case *ast.IfStmt:
			if x.Body.Pos() <= inner && inner < x.Body.End() {
				if p, c, ok := b.paramCompare(x.Cond, token.EQL, d); ok {
					return p, c, true
				}
			}
		case *ast.CaseClause:
			if i > 1 && len(x.List) == 1 {
				if sw, ok := path[i-2].(*ast.SwitchStmt); ok && sw.Tag != nil {
					p := b.ix.paramIndexIn(sw.Tag, d)
					if c, isConst := b.ix.stringConst(x.List[0]); p >= 0 && isConst {
						return p, c, true
					}
				}
			}
		case *ast.BlockStmt:
			for _, st := range x.List {
				if st.Pos() >= inner {
					break
				}
				ifs, ok := st.(*ast.IfStmt)
				if !ok || ifs.Else != nil || !endsInReturn(ifs.Body) {
					continue
				}
				if p, c, ok := b.paramCompare(ifs.Cond, token.NEQ, d); ok {
					return p, c, true
				}
			}
		}
	}
	return 0, "", false
}

// paramCompare: cond is `p op C` (either side), p a parameter of d, C a
// string constant.
func (b *builder) paramCompare(cond ast.Expr, op token.Token, d *ast.FuncDecl) (int, string, bool) {
	be, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || be.Op != op {
		return 0, "", false
	}
	for _, pair := range [][2]ast.Expr{{be.X, be.Y}, {be.Y, be.X}} {
		if p := b.ix.paramIndexIn(pair[0], d); p >= 0 {
			if c, ok := b.ix.stringConst(pair[1]); ok {
				return p, c, true
			}
		}
	}
	return 0, "", false
}

func endsInReturn(blk *ast.BlockStmt) bool {
	if blk == nil || len(blk.List) == 0 {
		return false
	}
	_, ok := blk.List[len(blk.List)-1].(*ast.ReturnStmt)
	return ok
}

// enclosing: the nodes from root down to the innermost one containing pos.
func enclosing(root ast.Node, pos token.Pos) []ast.Node {
	var path []ast.Node
	ast.Inspect(root, func(n ast.Node) bool {
		if n == nil || pos < n.Pos() || pos >= n.End() {
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok {
			return false // a literal's writes run when it is called
		}
		path = append(path, n)
		return true
	})
	return path
}

// otherConstant: a call handing the wrapper's PaidParam a string constant
// other than PaidWhen stores no paid state.
func (b *builder) otherConstant(call *ast.CallExpr, f *WrapperFact) bool {
	if f.PaidWhen == "" || f.PaidParam >= len(call.Args) {
		return false
	}
	c, ok := b.ix.stringConst(call.Args[f.PaidParam])
	return ok && c != f.PaidWhen
}
