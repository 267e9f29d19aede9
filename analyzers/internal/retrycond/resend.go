package retrycond

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// checkResends judges the payment writes handed to a sender that sends
// them again on some answers (retry.ResendFact, resend.go there): the
// sender's summary lists the statuses its own loop sends round, and what
// it sends is the caller's write. Reported at the sender's success
// condition when the sender is of this package (once for all its
// callers: the condition is what to change), else at the call, the
// write this package hands it. The caller's key is evaluated once, so
// it is the same on every send: 409 goes round harmlessly when there is
// one. A sender already judged where it sends (a method/path dispatcher
// of this package, payment.Info.Dispatched) is left to that judgement.
func checkResends(pass *analysis.Pass, info *payment.Info, retries *retry.Result, reported map[token.Pos]bool, report func(Finding)) {
	var ops []*payment.Op
	for _, op := range info.Ops {
		if op != nil && op.Call != nil && op.Via != nil && op.Kind.Has(payment.Write) {
			ops = append(ops, op)
		}
	}
	sort.Slice(ops, func(i, j int) bool { return ops[i].Call.Pos() < ops[j].Call.Pos() })
	for _, op := range ops {
		f := retries.Resend(op.Via)
		if f == nil || !f.RespKnown || dispatchedIn(info, op.Via) {
			continue
		}
		keyed := payment.KeyOf(pass.TypesInfo, op, retries.ResendAttempts(op.Via)).Stable()
		retried := map[int]bool{}
		var bad []string
		for _, s := range f.RespRetried {
			retried[s] = true
			if nonRetryable(s, keyed, false) {
				bad = append(bad, fmt.Sprint(s))
			}
		}
		if len(bad) == 0 {
			continue
		}
		every := true
		for _, s := range []int{400, 404, 422, 500, 503} {
			every = every && retried[s]
		}
		var at ast.Node = op.Call
		line := pass.Fset.Position(op.Call.Pos()).Line
		if op.Via.Pkg() == pass.Pkg {
			if cond := retries.RespCond(op.Via); cond != nil {
				at, line = cond, pass.Fset.Position(cond.Pos()).Line
			}
		}
		if reported[at.Pos()] {
			continue
		}
		reported[at.Pos()] = true
		desc := op.Desc
		if desc == "" {
			desc = "payment call"
		}
		report(Finding{At: at, Kind: Construct, Desc: desc, By: payment.HelperName(op.Via) + ", which sends it again in its " + f.By, Line: line,
			Problem: verdictMsg(bad, every, keyed)})
	}
}

// dispatchedIn: a send inside fn is one of the package's dispatched
// writes, judged where it is sent.
func dispatchedIn(info *payment.Info, fn *types.Func) bool {
	send := info.TemplateSends[fn.Origin()]
	if send == nil {
		return false
	}
	for _, d := range info.Dispatched {
		if d.Call == send {
			return true
		}
	}
	return false
}
