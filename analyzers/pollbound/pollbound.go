package pollbound

import (
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/poll"
)

// Analyzer is the pollbound rule. See doc.go.
var Analyzer = &analysis.Analyzer{
	Name:     "pollbound",
	Doc:      doc,
	Requires: []*analysis.Analyzer{payment.Analyzer, poll.Analyzer},
	Run:      directive.CheckUnusedOutsideTests(run),
}

func run(pass *analysis.Pass) (any, error) {
	loops, _, err := poll.Loops(pass)
	if err != nil {
		return nil, err
	}
	report := func(l *poll.Loop, format string, args ...any) {
		directive.Report(pass, analysis.Diagnostic{Pos: l.Pos, Message: fmt.Sprintf(format, args...)})
	}
	for _, l := range loops {
		if poll.InTestFile(pass, l.Pos) {
			continue
		}
		noStatus, noBound := !l.StatusExit, !l.Bounded()
		successExit, onlySuccess := l.StopsOnlyOnSuccess()
		if !noStatus && !noBound && !onlySuccess {
			continue
		}
		subject, fix := "loop polling payment "+l.IDText(), "select on ctx.Done() or stop after a deadline and escalate"
		switch l.Kind {
		case poll.Recursion:
			subject, fix = "recursive poll of payment "+l.IDText(), "pass an attempt count or a context and stop after a deadline, then escalate"
		case poll.BackoffRetry:
			subject, fix = "backoff.Retry polling payment "+l.IDText(), "bound the policy with backoff.WithMaxRetries or backoff.WithContext, then escalate"
		case poll.Helper:
			subject, fix = l.HelperName()+" polling payment "+l.IDText(), "pass the helper a context with a deadline (or an attempt cap), then escalate"
		}
		swallowed := ""
		if l.Swallowed != nil {
			swallowed = fmt.Sprintf(", and read errors are swallowed (line %d)", pass.Fset.Position(l.Swallowed.Pos()).Line)
		}
		switch {
		case onlySuccess:
			unbounded := ""
			if noBound {
				unbounded = fmt.Sprintf(" and it has no bound (no ctx.Done(), deadline, attempt cap or timeout%s)", swallowed)
			}
			report(l, "%s stops only when the payment succeeds (line %d): a payment that ends FAILED, expired or canceled keeps it polling%s; return on the failed terminal states too",
				subject, pass.Fset.Position(successExit.Pos()).Line, unbounded)
		case noStatus && noBound:
			report(l, "%s never stops: no exit on the payment's status and no bound (no ctx.Done(), deadline, attempt cap or timeout%s); return once it is CONFIRMED or FAILED, and %s",
				subject, swallowed, fix)
		case noStatus:
			report(l, "%s has no exit on the payment's status: it keeps polling after the payment is CONFIRMED or FAILED; return once the status is terminal",
				subject)
		default:
			report(l, "%s has no bound: no ctx.Done(), deadline, attempt cap or timeout%s, so a payment stuck in PENDING is polled forever; %s",
				subject, swallowed, fix)
		}
	}
	return nil, nil
}
