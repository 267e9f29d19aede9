package pollbound

import (
	"fmt"
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/poll"
)

// Analyzer is the pollbound rule. See doc.go.
var Analyzer = &analysis.Analyzer{
	Name:     "pollbound",
	Doc:      doc,
	Requires: []*analysis.Analyzer{payment.Analyzer, poll.Analyzer, poll.PortPolls, funcs.Analyzer},
	// PortPollFact: ports.go.
	FactTypes: []analysis.Fact{(*PortPollFact)(nil)},
	Run:       directive.CheckUnusedOutsideTests(run),
}

func run(pass *analysis.Pass) (any, error) {
	loops, _, err := poll.Loops(pass)
	if err != nil {
		return nil, err
	}
	for _, l := range loops {
		if poll.InTestFile(pass, l.Pos) {
			continue
		}
		if msg := message(pass, l, lineOf(pass)); msg != "" {
			directive.Report(pass, analysis.Diagnostic{Pos: l.Pos, Message: msg})
		}
	}
	reportPortPolls(pass) // ports.go: main binds what another package polls
	reportCtxCalls(pass)  // a poll bounded only by its context, handed one that never ends
	return nil, nil
}

// reportCtxCalls reports the calls that hand a poll bounded only by its
// context a context which never ends (poll/ctxbound.go).
func reportCtxCalls(pass *analysis.Pass) {
	res, _ := pass.ResultOf[poll.Analyzer].(*poll.Result)
	if res == nil {
		return
	}
	for _, c := range res.CtxCalls {
		directive.Report(pass, analysis.Diagnostic{Pos: c.Call.Pos(), Message: fmt.Sprintf(
			"%s polls %s (%s) until the context it is handed ends, and the context handed here never ends (%s): a payment stuck in PENDING is polled until the process stops; give the wait a deadline (context.WithTimeout) or cap the poll, then escalate",
			c.Callee, c.Fact.Payment, c.Fact.Where(), c.Describe(pass))})
	}
}

// message is the rule's verdict on loop l, "" when it has an exit on
// the payment's status, a bound, and an exit on a failed state; at
// renders a position ("line 53", or "settle.go:53" for a binding).
func message(pass *analysis.Pass, l *poll.Loop, at func(token.Pos) string) string {
	noStatus, noBound := !l.StatusExit, !l.Bounded()
	successExit, onlySuccess := l.StopsOnlyOnSuccess()
	if !noStatus && !noBound && !onlySuccess {
		return ""
	}
	subject, fix := "loop polling payment "+l.IDText(), "select on ctx.Done() or stop after a deadline and escalate"
	switch l.Kind {
	case poll.Recursion:
		subject, fix = "recursive poll of payment "+l.IDText(), "pass an attempt count or a context and stop after a deadline, then escalate"
	case poll.BackoffRetry:
		subject, fix = "backoff.Retry polling payment "+l.IDText(), "bound the policy with backoff.WithMaxRetries or backoff.WithContext, then escalate"
	case poll.Helper:
		subject, fix = l.HelperName()+" polling payment "+l.IDText(), "pass the helper a context with a deadline (or an attempt cap), then escalate"
		if l.FieldHelperUnwatched() {
			fix = "the helper checks no context, so give its loop a select on ctx.Done() or a deadline (or an attempt cap), then escalate"
		}
	}
	swallowed := ""
	if l.Swallowed != nil {
		swallowed = fmt.Sprintf(", and read errors are swallowed (%s)", at(l.Swallowed.Pos()))
	}
	switch {
	case onlySuccess:
		unbounded := ""
		if noBound {
			unbounded = fmt.Sprintf(" and it has no bound (no ctx.Done(), deadline, attempt cap or timeout%s)", swallowed)
		}
		return fmt.Sprintf("%s stops only when the payment succeeds (%s): a payment that ends FAILED, expired or canceled keeps it polling%s; return on the failed terminal states too",
			subject, at(successExit.Pos()), unbounded)
	case noStatus && noBound:
		return fmt.Sprintf("%s never stops: no exit on the payment's status and no bound (no ctx.Done(), deadline, attempt cap or timeout%s); return once it is CONFIRMED or FAILED, and %s",
			subject, swallowed, fix)
	case noStatus:
		return fmt.Sprintf("%s has no exit on the payment's status: it keeps polling after the payment is CONFIRMED or FAILED; return once the status is terminal",
			subject)
	default:
		return fmt.Sprintf("%s has no bound: no ctx.Done(), deadline, attempt cap or timeout%s, so a payment stuck in PENDING is polled forever; %s",
			subject, swallowed, fix)
	}
}

// lineOf renders a position of this package's file as "line N".
func lineOf(pass *analysis.Pass) func(token.Pos) string {
	return func(p token.Pos) string { return fmt.Sprintf("line %d", pass.Fset.Position(p).Line) }
}
