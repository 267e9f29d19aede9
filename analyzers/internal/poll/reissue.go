package poll

import (
	"go/ast"
	"go/token"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- reissuing a used object is not polling it ------------------------------
//
// An idempotent create may answer with an object made earlier (the
// provider replays the first response for a reused key), so a merchant
// checks the object it got and makes a fresh one when that one is used up:
//
//	for hop := 0; hop < 3; hop++ {
//		live, err := session.Get(cs.ID, nil)
//		if err != nil || live.Status == "open" {
//			break
//		}
//		cs, err = session.New(p) // keyed by the used session's id
//	}
//
// Each read is of the object created in the round before, nothing waits
// between reads, and a creation is reached only once the read succeeded
// and said the previous object is no longer open or pending: it cannot
// race a payment that may still be paid, which is the rule's hazard. A
// loop that waits, swallows a failed read, or creates while the previous
// object is open or pending stays a poll that creates again.

// open are the states in which an object may still be paid: the
// shared pending stems and a Checkout Session's or invoice's "open".
var open = states{words: append(append([]string{}, pendingWords...), "open")}

// Reissues reports whether create, which gives the polled id its next
// value, is a reissue of a used object: the loop has no wait of its own
// (a call it makes, a logger, may be unknown: the guard is what counts), a failed
// read leaves it, and create is reached only past an exit taken when the
// polled status is open or pending.
func (l *Loop) Reissues(create *payment.Op) bool {
	if l.f == nil || create == nil || len(l.Waits) > 0 || l.Swallowed != nil || !l.Contains(create.Call) || !l.RecreatesPolled(create) {
		return false
	}
	for _, g := range l.f.guards(create.Call, l) {
		if g.cond != nil && l.notOpen(g.cond, !g.neg) {
			return true
		}
	}
	return false
}

// notOpen reports whether e having truth value want implies that the
// polled status was read and is none of the open or pending states.
func (l *Loop) notOpen(e ast.Expr, want bool) bool {
	switch e := unparen(e).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return l.notOpen(e.X, !want)
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LOR:
			if !want {
				return l.notOpen(e.X, false) || l.notOpen(e.Y, false)
			}
		case token.LAND:
			if want {
				return l.notOpen(e.X, true) || l.notOpen(e.Y, true)
			}
		case token.EQL, token.NEQ:
			if (e.Op == token.NEQ) != want {
				return false
			}
			return (l.openValue(e.X) && l.f.onStatus(e.Y, l)) || (l.openValue(e.Y) && l.f.onStatus(e.X, l))
		}
	}
	return false
}

// openValue: a constant for an open or pending state, by the loop's
// provider table where it defines the value, else by the words.
func (l *Loop) openValue(e ast.Expr) bool {
	if s, ok := l.f.constString(e); ok {
		if c := l.providerClass(s); c != payment.StatusUnknown {
			return c == payment.StatusPending
		}
		return open.match(s)
	}
	return l.f.namedState(e, open)
}
