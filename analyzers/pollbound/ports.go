package pollbound

import (
	"go/token"
	"go/types"
	"path/filepath"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/poll"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// ---- polls through interfaces bound only in main --------------------------------
//
// A loop in package workers polls w.square.Status(ctx, id), an interface
// whose implementation (squarepay.Charger.Status, a Square Payments.Get)
// only main binds: in workers the call is no status read the model
// knows, in squarepay nothing loops. The poll model finds the loops that
// would poll if the call read a status (poll.PortPolls); the verdict is
// this rule's own, made where the loop is and recorded on the caller's
// type (PortPollFact, keyed by the call's site); main, which sees what
// the field is bound to (retry.BindCalls), reports at the binding when
// the bound method reads a payment's status (poll.PortReadImpl).

// PortPollCall is one port call polled by a loop this rule faults.
type PortPollCall struct {
	Field, Method, Desc, At string
	// Verdict is the loop's message, as for a poll of a known read.
	Verdict string
}

// PortPollFact marks a type whose methods poll through its fields.
type PortPollFact struct{ Calls []PortPollCall }

// AFact marks PortPollFact as a fact.
func (*PortPollFact) AFact() {}

func (f *PortPollFact) String() string { return "faulted port polls" }

// reportPortPolls records this package's faulted port polls and reports
// the bindings here of status reads to such calls.
func reportPortPolls(pass *analysis.Pass) {
	polls, _ := pass.ResultOf[poll.PortPolls].([]*poll.PortPoll)
	facts := map[*types.TypeName]*PortPollFact{}
	var order []*types.TypeName
	for _, p := range polls {
		msg := message(pass, p.Loop, fileLine(pass))
		if msg == "" {
			continue
		}
		if facts[p.Holder] == nil {
			facts[p.Holder] = &PortPollFact{}
			order = append(order, p.Holder)
		}
		c := p.Call
		facts[p.Holder].Calls = append(facts[p.Holder].Calls, PortPollCall{Field: c.Field, Method: c.Method, Desc: c.Desc, At: c.At, Verdict: msg})
	}
	for _, tn := range order {
		pass.ExportObjectFact(tn, facts[tn])
	}
	if !anyPortPollFact(pass) {
		return
	}
	verdicts := map[*types.TypeName]map[string]string{}
	calls := func(tn *types.TypeName) []retry.PortCall {
		f := new(PortPollFact)
		if tn.Pkg() == pass.Pkg || !pass.ImportObjectFact(tn, f) {
			return nil
		}
		var out []retry.PortCall
		verdicts[tn] = map[string]string{}
		for _, c := range f.Calls {
			out = append(out, retry.PortCall{Field: c.Field, Method: c.Method, Desc: c.Desc, At: c.At})
			verdicts[tn][c.At] = c.Verdict
		}
		return out
	}
	impl := func(fn *types.Func) *payment.WrapperFact { return poll.PortReadImpl(pass, fn) }
	done := map[any]bool{}
	for _, b := range retry.BindCalls(pass, calls, impl) {
		if done[b.Node] || b.HolderObj == nil || verdicts[b.HolderObj][b.Call.At] == "" {
			continue
		}
		done[b.Node] = true
		directive.Reportf(pass, b.Node, "%s calls %s (%s), bound here to %s (%s), a read of the payment's status: its %s",
			b.Holder, b.Call.Desc, b.Call.At, retry.ImplName(b.Impl), b.Fact.Desc, verdicts[b.HolderObj][b.Call.At])
	}
}

// anyPortPollFact: some package in sight records a faulted port poll.
func anyPortPollFact(pass *analysis.Pass) bool {
	for _, f := range pass.AllObjectFacts() {
		if _, ok := f.Fact.(*PortPollFact); ok {
			return true
		}
	}
	return false
}

// fileLine renders a position as "settle.go:53": the binding's message
// names lines of the loop's file.
func fileLine(pass *analysis.Pass) func(token.Pos) string {
	return func(p token.Pos) string {
		pos := pass.Fset.Position(p)
		return filepath.Base(pos.Filename) + ":" + strconv.Itoa(pos.Line)
	}
}
