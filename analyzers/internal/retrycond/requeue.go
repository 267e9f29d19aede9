package retrycond

import (
	"go/ast"

	"github.com/paylint/paylint/analyzers/internal/retry"
)

// A message broker's consumer that hands a message back to be delivered
// again when its payment call fails (retry.Redelivery: RabbitMQ's
// d.Nack(false, true)) retries the call on the next delivery. Its retry
// condition is read as a loop's, from the call on: the outcomes that
// reach a requeue call go round again; a return, a continue to the next
// message or an ack leaves. The walk starts in the innermost block that
// holds the call's statement (the consumer tests the failure there);
// failed outcomes that leave that block untested keep the rule silent,
// since nothing sends them round that the walk has seen.

// callBlock returns the innermost block of body holding the statement
// that assigns or returns call's results (callStmt), or nil.
func callBlock(body *ast.BlockStmt, call *ast.CallExpr) *ast.BlockStmt {
	if body == nil {
		return nil
	}
	var out *ast.BlockStmt
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil || n.Pos() > call.Pos() || n.End() < call.End() {
			return false
		}
		switch b := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BlockStmt:
			if i, _ := callStmt(b, call); i >= 0 {
				out = b
			}
		}
		return true
	})
	return out
}

// requeues: st is a requeue call (d.Nack(false, true), _ = d.Reject(true),
// err := d.Nack(false, true), return d.Reject(true)).
func (k *walker) requeues(st ast.Stmt) bool {
	if k.requeue == nil {
		return false
	}
	var e ast.Expr
	switch s := st.(type) {
	case *ast.ExprStmt:
		e = s.X
	case *ast.AssignStmt:
		if len(s.Rhs) != 1 {
			return false
		}
		e = s.Rhs[0]
	case *ast.ReturnStmt:
		if len(s.Results) != 1 {
			return false
		}
		e = s.Results[0]
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	return ok && k.requeue(call)
}

// steers: n leaves the construct or sends the outcomes round (a return,
// a branch, an exit; for a broker's consumer, a requeue too).
func (k *walker) steers(n ast.Node) bool {
	if retry.Steers(n) {
		return true
	}
	if k.requeue == nil {
		return false
	}
	return retry.AnyCall(n, k.requeue)
}
