package retry

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// A broker's requeue around a retry of its own: a consumer that retries
// the payment call a few times (a retry helper with an attempt cap, a
// counted loop) and, when those attempts give up, hands the message
// back with requeue=true:
//
//	err := retrykit.Do(ctx, 3, 2*time.Second, func(ctx context.Context) error { … })
//	if err != nil { _ = d.Nack(false, true); return }
//
// The inner retry waits between its own attempts, but RabbitMQ delivers
// the requeued message again at once: the attempts start over with no
// wait after the last one, and no cap on the deliveries. Around lists
// the requeue after the inner constructs; RequeueAfterRetries picks it
// out when every inner construct gives up on its own (so the requeue is
// reached while the provider keeps failing, not only when the consumer
// shuts down) and nothing waits before the requeue.

// RequeueAfterRetries returns, of cs (the constructs around a call,
// innermost first, as Around lists them), the broker requeue that hands
// the message back at once after the inner retries gave up; nil when
// the innermost construct is the requeue itself, when it waits first, or
// when an inner retry may run until the consumer's context ends.
func RequeueAfterRetries(info *types.Info, cs []*Construct) *Construct {
	for i, c := range cs {
		if c.Kind != Job {
			continue
		}
		if i == 0 || c.Redelivery == nil || !c.Redelivery.Immediate {
			return nil
		}
		for _, in := range cs[:i] {
			if !givesUp(info, in) {
				return nil
			}
		}
		return c
	}
	return nil
}

// givesUp: c stops retrying on its own after a few attempts or a
// deadline: a retry helper whose summary has an attempt cap or a
// deadline, or a loop whose condition caps an attempt counter (for
// attempt := 0; attempt < 3; attempt++, range 3) or that goes round only
// under such a test.
func givesUp(info *types.Info, c *Construct) bool {
	switch c.Kind {
	case Helper:
		f := c.Summary
		return f != nil && f.AgainAfterError && !f.DoneBool && f.Bound&(payment.BoundAttempts|payment.BoundDeadline) != 0
	case Loop:
		switch l := c.Node.(type) {
		case *ast.ForStmt:
			return capsCounter(info, l.Cond, c.Counters) || CappedEveryWayRound(info, l)
		case *ast.RangeStmt:
			t := info.TypeOf(l.X)
			return l.Value == nil && t != nil && isInteger(t) // for range 3
		}
	}
	return false
}

// capsCounter: cond compares one of the attempt counters with a limit.
func capsCounter(info *types.Info, cond ast.Expr, counters []types.Object) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	switch b.Op {
	case token.LAND:
		return capsCounter(info, b.X, counters) || capsCounter(info, b.Y, counters)
	case token.LSS, token.LEQ, token.GTR, token.GEQ:
	default:
		return false
	}
	for _, side := range []ast.Expr{b.X, b.Y} {
		if id, ok := ast.Unparen(side).(*ast.Ident); ok {
			for _, c := range counters {
				if info.ObjectOf(id) == c {
					return true
				}
			}
		}
	}
	return false
}
