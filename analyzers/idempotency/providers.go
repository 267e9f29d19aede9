package idempotency

import (
	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// providerProblem is the message for a write through a provider SDK other
// than stripe-go, retried by c without a key: the SDK's own random key
// per call (AutoKey), no key mechanism at all (NoKey: read the payment's
// state before replaying, Hilt's recovery pattern), or a key not set.
func providerProblem(pass *analysis.Pass, info *payment.Info, op *payment.Op, c *retry.Construct, by string, adv *payment.SDKAdvice) string {
	if adv.NoKey && retry.ReadsStateFirst(pass, info, op, c) {
		return ""
	}
	switch {
	case op.AutoKey:
		return by + " without an idempotency key: " + adv.SDK + " " + adv.AutoKeyClause() + "; " + adv.Fix
	case adv.NoKey:
		return by + " without an idempotency key: " + adv.SDK + " sends none, so a retry after a lost response can charge twice; before replaying, read the payment's current state from the provider and replay only if the first attempt did not go through"
	}
	return by + " without an idempotency key: a retry after a lost response can charge twice; " + adv.Fix
}
