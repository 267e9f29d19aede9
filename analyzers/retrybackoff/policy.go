package retrybackoff

import (
	"go/ast"

	"github.com/paylint/paylint/analyzers/internal/poll"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// noWaitPolicy reports whether the policy a library retry waits by (one
// of the waits the poll model follows) never waits, as the retry model
// knows its type (retry.NoWaitPolicy: a backoff.ZeroBackOff).
func (r *checker) noWaitPolicy(l *poll.Loop) bool {
	for _, w := range l.Waits {
		if e, ok := w.Node.(ast.Expr); ok && retry.NoWaitPolicy(r.pass.TypesInfo.TypeOf(e)) {
			return true
		}
	}
	return false
}
