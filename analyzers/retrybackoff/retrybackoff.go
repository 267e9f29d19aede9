package retrybackoff

import (
	"fmt"
	"go/ast"
	"sort"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/config"
	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/poll"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// Analyzer is the retrybackoff rule. See doc.go.
var Analyzer = &analysis.Analyzer{
	Name:      "retrybackoff",
	Doc:       doc,
	Requires:  []*analysis.Analyzer{payment.Analyzer, retry.Analyzer, poll.Analyzer, retry.PortAnalyzer, funcs.Analyzer},
	Run:       directive.CheckUnusedOutsideTests(run),
	FactTypes: []analysis.Fact{(*PortBackoffFact)(nil)}, // port.go
}

// minWait is -retrybackoff.min: a fixed wait shorter than this between
// attempts is too fast.
var minWait time.Duration

func init() {
	Analyzer.Flags.DurationVar(&minWait, "min", time.Second,
		"shortest allowed fixed wait (a `duration`) between two attempts of a retried payment call")
}

func run(pass *analysis.Pass) (any, error) {
	directive.CheckIgnores(pass)
	if _, err := config.ForPass(pass); err != nil {
		return nil, err
	}
	info, _ := pass.ResultOf[payment.Analyzer].(*payment.Info)
	retries, _ := pass.ResultOf[retry.Analyzer].(*retry.Result)
	portBackoff(pass, info, retries) // port.go: main binds what another package retries
	if info == nil || !info.Relevant {
		return nil, nil
	}
	polls := map[ast.Node]bool{}
	if res, _ := pass.ResultOf[poll.Analyzer].(*poll.Result); res != nil {
		for _, l := range res.Loops {
			polls[l.Node] = true // polling is the poll rules' business
		}
	}
	ops := make([]*payment.Op, 0, len(info.Ops))
	for _, op := range info.Ops {
		if op != nil && op.Call != nil && op.Kind.Any(payment.Write|payment.StatusRead|payment.Release) {
			ops = append(ops, op)
		}
	}
	sort.Slice(ops, func(i, j int) bool { return ops[i].Call.Pos() < ops[j].Call.Pos() })

	r := &checker{pass: pass, retries: retries, attempts: poll.NewAttempts(pass, info.Of), min: minWait}
	if r.min <= 0 {
		r.min = time.Second
	}
	done := map[ast.Node]bool{}
	for _, op := range ops {
		if poll.InTestFile(pass, op.Call.Pos()) {
			continue // tests retry fakes quickly on purpose
		}
		cs := retries.Around(op.Call)
		if rq := retry.RequeueAfterRetries(pass.TypesInfo, cs); rq != nil && !done[rq.Node] && !polls[cs[0].Node] {
			// The inner retries give up and the broker hands the message
			// straight back: reported at the requeue, whatever the inner
			// retries' own pace.
			done[rq.Node] = true
			desc := op.Desc
			if desc == "" {
				desc = "payment call"
			}
			directive.Reportf(pass, rq.Node, "%s is retried by %s (line %d) and, once that gives up, by %s %s", desc, cs[0].By(), pass.Fset.Position(cs[0].Pos).Line,
				rq.By(), fmt.Sprintf(requeueAfterMsg, rq.Redelivery.Broker, short(r.min)))
		}
		c := innermost(cs)
		if c == nil || done[c.Node] || polls[c.Node] || c.ErrorLeaves {
			// ErrorLeaves: the loop goes round only after a definitive
			// answer (a clean new checkout after a decline), not after a
			// failure: there is nothing to back off from.
			continue
		}
		done[c.Node] = true
		if msg := r.problem(c, op.Call); msg != "" {
			desc := op.Desc
			if desc == "" {
				desc = "payment call"
			}
			line := pass.Fset.Position(c.Pos).Line
			directive.Reportf(pass, op.Call, "%s is retried by %s (line %d) %s", desc, c.By(), line, msg)
		}
	}
	return nil, nil
}

// innermost returns the innermost hand-written loop, library retry,
// recursion, retry helper or re-sending sender with a summary (its wait
// and bound are read at the call); clients are not judged (their waits
// live elsewhere).
func innermost(cs []*retry.Construct) *retry.Construct {
	if len(cs) == 0 {
		return nil
	}
	switch c := cs[0]; c.Kind {
	case retry.Loop, retry.Library, retry.Recursion:
		return c
	case retry.Job:
		if c.Redelivery != nil { // a broker's requeue: its delay is the broker's
			return c
		}
	case retry.Helper, retry.Resend:
		if c.Summary != nil {
			return c
		}
	}
	return nil
}

type checker struct {
	pass     *analysis.Pass
	retries  *retry.Result
	attempts *poll.Attempts
	min      time.Duration
}

const (
	fixMsg          = "back off exponentially from at least %s (e.g. 2s, 4s, 8s) and cap the attempts"
	busyMsg         = "with no wait between attempts: a failing or rate-limiting provider is hit again at once, which prolongs its outage and gets the account throttled; " + fixMsg
	fastMsg         = "every %s, a fixed wait that does not grow: retries this fast hammer a provider that is failing or rate-limiting; " + fixMsg
	requeueMsg      = "with no wait between attempts: %s delivers a requeued message again at once, so a provider that keeps failing is called in a hot loop with no attempt cap; ack the message and republish it with a growing delay (a delayed or dead-letter queue with a TTL from at least %s), and cap the deliveries"
	requeueAfterMsg = "with no wait before the next delivery: %s delivers a requeued message again at once, so while the provider keeps failing the attempts start over at once, with no cap on the deliveries; ack the message and republish it with a growing delay (a delayed or dead-letter queue with a TTL from at least %s), and cap the deliveries"
	foreverMsg      = "with no attempt cap and no deadline: while the provider keeps failing it is called forever; cap the attempts (e.g. 3) or bound the retries with a context deadline"
)

// problem returns the message tail for construct c around call, or "".
func (r *checker) problem(c *retry.Construct, call *ast.CallExpr) string {
	switch c.Kind {
	case retry.Job:
		// A broker that delivers a requeued message again at once, with
		// nothing waiting before the requeue: a hot loop while the
		// provider keeps failing.
		if c.Redelivery.Immediate {
			return fmt.Sprintf(requeueMsg, c.Redelivery.Broker, short(r.min))
		}
		return ""
	case retry.Helper, retry.Resend:
		return r.helperProblem(c)
	case retry.Recursion:
		// Only a known fixed wait is judged: a recursion's bound lives in
		// its parameters, and a body with no readable wait may block in
		// what it calls.
		if d, known, grows := r.retries.RecursionWait(c, call); known && !grows {
			return r.judgeFixed(d, true)
		}
		return ""
	}
	min := short(r.min)
	if p := r.retries.PolicyOf(c); p.WaitRead {
		// The model read the library's wait from its options.
		return r.judgeFixed(p.Wait, p.Fixed)
	}
	l := r.attempts.Loop(c.Node)
	if l == nil {
		return ""
	}
	if c.Kind == retry.Loop && l.Busy() {
		return fmt.Sprintf(busyMsg, min)
	}
	if w, ok := l.Interval(); ok {
		if msg := r.judgeFixed(w.D, true); msg != "" {
			return msg
		}
	} else if c.Kind == retry.Library && r.noWaitPolicy(l) {
		return fmt.Sprintf(busyMsg, min)
	}
	if c.Kind == retry.Loop && !l.Bounded() && !retry.CappedEveryWayRound(r.pass.TypesInfo, c.Node) {
		return foreverMsg
	}
	return ""
}

// helperProblem judges a retry helper (of this package or another) from
// its summary, with the wait and bound its caller passes: a fixed wait
// under the minimum, or no bound at all. A wait or bound the summary does
// not know keeps the rule silent.
func (r *checker) helperProblem(c *retry.Construct) string {
	call, ok := c.Node.(*ast.CallExpr)
	if !ok {
		return ""
	}
	if d, known, grows := retry.WaitAt(r.pass.TypesInfo, c.Summary, call); known && !grows {
		if msg := r.judgeFixed(d, true); msg != "" {
			return msg
		}
	}
	if !retry.BoundedAt(r.pass.TypesInfo, c.Summary, call) {
		return foreverMsg
	}
	return ""
}

// judgeFixed returns the message for a fixed wait d between attempts
// (known false: the wait grows or is not known, which passes).
func (r *checker) judgeFixed(d time.Duration, known bool) string {
	switch {
	case !known:
		return ""
	case d <= 0:
		return fmt.Sprintf(busyMsg, short(r.min))
	case d < r.min:
		return fmt.Sprintf(fastMsg, short(d), short(r.min))
	}
	return ""
}

// short renders a duration without trailing zero units (1s, 100ms).
func short(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}
