package retrycond

import (
	"go/ast"

	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// An SDK that errs on every answer >= 300 (Adyen's adyen-go-api-library:
// err != nil for a 422 validation error or a 403 as for a 503) hands a
// retry library's operation an error that already says "refused" or
// "try later". A backoff operation that returns that error for every
// failure, wrapped or not, without backoff.Permanent for the answers
// that will never succeed, sends a refused write round again: the
// library retries every error it is not told is permanent. That is
// judged even though the operation never reads the response: the error
// is the outcome. Only writes (a refund, a capture, a payout): a read
// retried on a 404 wastes a call, it moves no money. Only library
// constructs whose policy retries every error (backoff.Retry): a plain
// loop's or a helper's exits are read elsewhere.
//
// An in-house helper whose summary retries every error its callback
// returns but its own package's mark (retryx.Permanent) is such a
// policy too (retry.RetriesEveryError, helpersdk.go).
func sdkWriteErrJudged(w *world, op *payment.Op, c *retry.Construct, retries *retry.Result) bool {
	return w.errOnStatus && op.Via == nil && (c.Kind == retry.Library || c.Kind == retry.Helper && everyError(w, c, retries)) &&
		op.Kind.Any(payment.Write|payment.Release) && len(w.errVars) > 0
}

func everyError(w *world, c *retry.Construct, retries *retry.Result) bool {
	call, ok := c.Node.(*ast.CallExpr)
	return ok && retries.RetriesEveryError(callee(w.info, call))
}
