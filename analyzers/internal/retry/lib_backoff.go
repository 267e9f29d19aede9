package retry

import (
	"go/ast"
	"go/types"
	"strings"
)

// cenkalti/backoff, checked against v4.3.0 and v5.0.3: Retry retries
// every error the operation returns but Permanent(err); v5's
// RetryAfter(seconds) asks for another attempt after that many seconds.
// The wait comes from the policy value, which the poll model follows
// (poll.Loop.Waits); ZeroBackOff never waits.
const backoffPath = "github.com/cenkalti/backoff"

// backoffMark: Permanent(err) ends the retries; RetryAfter(n) retries.
func (r *Result) backoffMark(e ast.Expr) (Mark, ast.Expr) {
	if x, ok := r.markCall(e, backoffPath, "Permanent"); ok {
		return Permanent, x
	}
	if x, ok := r.markCall(e, backoffPath, "RetryAfter"); ok {
		return Retryable, x
	}
	return Unmarked, nil
}

// NoWaitPolicy reports whether t is (a pointer to) a backoff policy type
// that never waits between attempts: cenkalti/backoff's ZeroBackOff.
func NoWaitPolicy(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Name() == "ZeroBackOff" && n.Obj().Pkg() != nil &&
		strings.HasPrefix(n.Obj().Pkg().Path(), backoffPath)
}
