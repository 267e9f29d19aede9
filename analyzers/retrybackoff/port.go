package retrybackoff

import (
	"go/ast"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/poll"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// ---- retries of calls through interfaces bound only in main ---------------------
//
// A loop in package rides retries s.stripe.CaptureRide(…), an interface
// whose implementation (stripepsp.Gateway) only main binds: in rides the
// call is no payment call the model knows, in stripepsp nothing retries.
// The retry is judged where it is, as for any payment call (problem), and
// its verdict recorded on the caller's type (PortBackoffFact, keyed by
// the call site retry.PortCall.At); main, which sees the implementation
// (retry.PortResult.Bound), reports at the binding when the implementation
// sends a payment op. The verdict is the rule's own: the poll model reads
// the waits, which the retry model cannot import.

// PortBackoffFact marks a type whose methods retry calls through its
// fields without backing off: call site → message tail.
type PortBackoffFact struct{ Tails map[string]string }

// AFact marks PortBackoffFact as a fact.
func (*PortBackoffFact) AFact() {}

func (f *PortBackoffFact) String() string {
	return "unpaced port retries: " + strconv.Itoa(len(f.Tails))
}

// portBackoff records this package's port calls retried too fast, and
// reports the bindings here of payment implementations to such calls.
func portBackoff(pass *analysis.Pass, info *payment.Info, retries *retry.Result) {
	ports, _ := pass.ResultOf[retry.PortAnalyzer].(*retry.PortResult)
	if ports == nil || info == nil {
		return
	}
	if len(ports.Sites) > 0 {
		polls := map[ast.Node]bool{}
		if res, _ := pass.ResultOf[poll.Analyzer].(*poll.Result); res != nil {
			for _, l := range res.Loops {
				polls[l.Node] = true
			}
		}
		// The port call is the attempt itself, as a payment op would be:
		// not a call that may block between attempts.
		sites := map[*ast.CallExpr]bool{}
		for _, s := range ports.Sites {
			sites[s.Call] = true
		}
		opOf := func(c *ast.CallExpr) *payment.Op {
			if op := info.Of(c); op != nil || !sites[c] {
				return op
			}
			return &payment.Op{Call: c, Kind: payment.Write}
		}
		r := &checker{pass: pass, retries: retries, attempts: poll.NewAttempts(pass, opOf), min: minWait}
		if r.min <= 0 {
			r.min = 1e9
		}
		tails := map[*types.TypeName]map[string]string{}
		var order []*types.TypeName
		for _, s := range ports.Sites {
			c := innermost(retries.Around(s.Call))
			if c == nil || polls[c.Node] || c.ErrorLeaves || poll.InTestFile(pass, s.Call.Pos()) {
				continue
			}
			msg := r.problem(c, s.Call)
			if msg == "" {
				continue
			}
			if tails[s.Holder] == nil {
				tails[s.Holder] = map[string]string{}
				order = append(order, s.Holder)
			}
			tails[s.Holder][s.PortCall.At] = "is retried by " + c.By() + " (line " + strconv.Itoa(pass.Fset.Position(c.Pos).Line) + ") " + msg
		}
		for _, tn := range order {
			pass.ExportObjectFact(tn, &PortBackoffFact{Tails: tails[tn]})
		}
	}
	done := map[ast.Node]bool{}
	for _, b := range ports.Bound {
		if done[b.Node] || !b.Fact.Kind.Any(payment.Write|payment.StatusRead|payment.Release) {
			continue
		}
		f := new(PortBackoffFact)
		if b.HolderObj == nil || !pass.ImportObjectFact(b.HolderObj, f) || f.Tails[b.Call.At] == "" {
			continue
		}
		done[b.Node] = true
		directive.Reportf(pass, b.Node, "%s calls %s (%s), bound here to %s (%s), %s",
			b.Holder, b.Call.Desc, b.Call.At, retry.ImplName(b.Impl), b.Fact.Desc, f.Tails[b.Call.At])
	}
}
