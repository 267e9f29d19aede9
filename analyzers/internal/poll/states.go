package poll

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// states names a kind of payment state: strings that contain one of
// words and none of not.
type states struct {
	words, not []string
	// strict: only comparisons with constants count, not calls or
	// variables named for the state (isPaid(p) may also cover failures).
	strict bool
	// class is the provider-scoped class these states are
	// (provider_status.go): a value the loop's provider SDK defines is
	// judged by it, not by the words.
	class payment.StatusClass
}

func (st states) match(s string) bool { return matchAny(s, st.words) && !matchAny(s, st.not) }

var (
	failure = states{words: failureWords, class: payment.StatusFailure}
	// success excludes PENDING_CONFIRMATION, requires_confirmation,
	// requires_capture.
	success = states{words: successWords, not: notSuccessWords, class: payment.StatusSuccess}
	// successOnly is success for a finding: no guessing from names.
	successOnly = states{words: successWords, not: notSuccessWords, strict: true, class: payment.StatusSuccess}

	// The words come from the payment model's shared vocabulary.
	notSuccessWords = payment.NotSuccessStems
)

var (
	failureWords = payment.FailureStems
	successWords = payment.SuccessStems
	pendingWords = payment.PendingStems
)

func matchAny(s string, words []string) bool {
	s = strings.ToLower(s)
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// stateGuard reports whether g is passed only once a state named by one of
// words was observed.
func (l *Loop) stateGuard(g guard, words states) bool {
	f := l.f
	switch {
	case g.cond != nil:
		return f.asserts(g.cond, !g.neg, l, words)
	case g.clause != nil && len(g.clause.List) > 0 && !g.neg:
		for _, e := range g.clause.List {
			if g.tag != nil {
				if !l.stateValue(e, words) {
					return false
				}
			} else if !f.asserts(e, true, l, words) {
				return false
			}
		}
		return g.tag == nil || f.onStatus(g.tag, l)
	}
	return false
}

// asserts reports whether e having truth value want implies that a state
// named by one of words was observed.
func (f *finder) asserts(e ast.Expr, want bool, l *Loop, words states) bool {
	switch e := unparen(e).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return f.asserts(e.X, !want, l, words)
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LOR:
			if want {
				return f.asserts(e.X, true, l, words) && f.asserts(e.Y, true, l, words)
			}
			return f.asserts(e.X, false, l, words) || f.asserts(e.Y, false, l, words)
		case token.LAND:
			if want {
				return f.asserts(e.X, true, l, words) || f.asserts(e.Y, true, l, words)
			}
			return f.asserts(e.X, false, l, words) && f.asserts(e.Y, false, l, words)
		case token.EQL, token.NEQ:
			if (e.Op == token.EQL) != want {
				return false
			}
			return (l.stateValue(e.X, words) && f.onStatus(e.Y, l)) || (l.stateValue(e.Y, words) && f.onStatus(e.X, l))
		}
	case *ast.CallExpr:
		if ok, known := f.predicateAsserts(e, want, words); known {
			return ok // a status predicate read from its body (predicate.go)
		}
		if want && !words.strict && words.match(calleeName(e)) && (f.onStatus(e, l)) {
			return true
		}
	case *ast.Ident:
		if v := f.varOf(e); v != nil && want && !words.strict && l.status[v] && words.match(e.Name) {
			return true
		}
	}
	return false
}

// stateValue: a constant (or named constant) for a state named by words,
// outside any one loop (the poll model's look for a failed state anywhere
// in a round): a value that a provider read of the file calls a failure
// counts as one too, so that the look errs towards silence.
func (f *finder) stateValue(e ast.Expr, words states) bool {
	if s, ok := f.constString(e); ok {
		return words.match(s) || words.class == payment.StatusFailure && f.fileClass(s) == payment.StatusFailure
	}
	return f.namedState(e, words)
}

// stateValue is the loop's stateValue: a string value that the provider
// SDK of the loop's reads defines is judged by that SDK (Mercado Pago's
// "approved" is paid, Square's and PayPal's APPROVED are not; Braintree's
// settlement_declined failed), the others by the global words.
func (l *Loop) stateValue(e ast.Expr, words states) bool {
	if s, ok := l.f.constString(e); ok {
		if c := l.providerClass(s); c != payment.StatusUnknown {
			return c == words.class
		}
		return words.match(s)
	}
	return l.f.namedState(e, words)
}

// providerClass is what s means to the provider SDK whose status the loop
// reads (payment.ProviderStatus); StatusUnknown when no read is a
// provider's or the reads disagree.
func (l *Loop) providerClass(s string) payment.StatusClass {
	if l == nil {
		return payment.StatusUnknown
	}
	return agreedClass(l.Reads, s)
}

// fileClass is providerClass over every status read of the file.
func (f *finder) fileClass(s string) payment.StatusClass {
	return agreedClass(f.reads, s)
}

func agreedClass(reads []*payment.Op, s string) payment.StatusClass {
	out := payment.StatusUnknown
	for _, r := range reads {
		c := payment.ProviderStatus(r, s)
		if c == payment.StatusUnknown {
			continue
		}
		if out != payment.StatusUnknown && c != out {
			return payment.StatusUnknown
		}
		out = c
	}
	return out
}

// namedState: a named constant, not of a string type, whose name names
// a state.
func (f *finder) namedState(e ast.Expr, words states) bool {
	switch e := unparen(e).(type) {
	case *ast.Ident:
		_, isConst := f.info.Uses[e].(*types.Const)
		return isConst && words.match(e.Name)
	case *ast.SelectorExpr:
		_, isConst := f.info.Uses[e.Sel].(*types.Const)
		return isConst && words.match(e.Sel.Name)
	}
	return false
}
