package poll

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- the payment waited for is cancelled before paying again -----------------
//
//	err = clock.Poll(ctx, 3*time.Second, 2*time.Minute, func(…) (bool, error) { … pi.ID … })
//	if errors.Is(err, clock.ErrStillPending) {
//		paymentintent.Cancel(pi.ID, nil) // the first can no longer be paid
//		continue
//	}
//
// A pass that cancels or voids the payment it waited for, after the wait
// and before it goes round, does not leave a second live payment: the
// creation on the next pass is a clean new checkout. A cancel is a
// release of a provider table (stripe PaymentIntent Cancel) or a write
// whose path ends in cancel, void or expire, on the id waited for.

// cancelSegs end the path of a write that cancels an existing payment.
var cancelSegs = map[string]bool{"cancel": true, "void": true, "expire": true, "reverse": true}

// releasedAfter: body cancels the payment idVar names after call.
func (f *finder) releasedAfter(body *ast.BlockStmt, call *ast.CallExpr, idVar *types.Var) bool {
	for c, op := range f.ops {
		if !within(c, body) || c.Pos() < call.End() || op.ID == nil || !cancels(op) {
			continue
		}
		if f.varOf(rootOf(f.formatted(wrappedID(op.ID)))) == idVar {
			return true
		}
	}
	return false
}

// cancels: op releases a payment, or writes to its cancel action.
func cancels(op *payment.Op) bool {
	if op.Kind.Has(payment.Release) {
		return true
	}
	segs := strings.Split(strings.Trim(op.Path, "/"), "/")
	return op.Kind.Has(payment.Write) && len(segs) > 1 && cancelSegs[strings.ToLower(segs[len(segs)-1])]
}

// CancelledBefore reports whether the loop cancels the payment it polls
// on the way to create, before it: a cancel of the polled id made by a
// statement of a block that also holds create, earlier in it
// (Checkouts.Cancel(ctx, {CheckoutID: *co.ID}) and then a new checkout,
// in the branch where the wait ran out). The first can no longer be
// paid: the creation is a clean new checkout.
func (l *Loop) CancelledBefore(create *payment.Op) bool {
	f, target := l.f, l.polledVar()
	if target == nil || create == nil {
		return false
	}
	for c, op := range f.ops {
		if !l.Contains(c) || c.Pos() >= create.Call.Pos() || op.ID == nil || !cancels(op) {
			continue
		}
		if f.varOf(rootOf(f.formatted(wrappedID(op.ID)))) != target {
			continue
		}
		if blk, ok := f.parent[f.stmtOf(c)].(*ast.BlockStmt); ok && within(create.Call, blk) && f.stmtIn(blk, create.Call) != f.stmtIn(blk, c) {
			return true
		}
	}
	return false
}

// stmtOf returns the statement that holds n.
func (f *finder) stmtOf(n ast.Node) ast.Stmt {
	for p := f.parent[n]; p != nil; p = f.parent[p] {
		if s, ok := p.(ast.Stmt); ok {
			if _, inBlock := f.parent[s].(*ast.BlockStmt); inBlock {
				return s
			}
		}
	}
	return nil
}
