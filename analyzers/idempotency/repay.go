package idempotency

import (
	"fmt"
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/poll"
)

// reportRepays reports payments made again on every pass of a loop after
// a function that waits for them gives up while they may be pending
// (poll.Result.Rewaits): each pass is another attempt at the same
// payment, though no error sends it round. Only a key made anew on each
// pass is this rule's finding: the provider takes every pass for a new
// payment. With no key at all, paying again while pending is pollcreate's
// finding; with one key, the provider answers with the first payment.
func reportRepays(pass *analysis.Pass, reported map[*ast.CallExpr]bool) {
	res, _ := pass.ResultOf[poll.Analyzer].(*poll.Result)
	if res == nil {
		return
	}
	info, _ := pass.ResultOf[payment.Analyzer].(*payment.Info)
	for _, rc := range res.Rewaits {
		op := rc.Create
		if op == nil || op.Call == nil || reported[op.Call] || rc.Wait == nil {
			continue
		}
		a := payment.LoopAttempts(pass.TypesInfo, rc.Outer)
		if a.Region == nil {
			continue
		}
		origin := payment.KeyOf(pass.TypesInfo, op, a)
		if ctr := payment.CounterThroughWrapper(pass, info, op, a); ctr != nil && origin.Kind != payment.KeyPerAttempt && origin.Kind != payment.KeyPerCall {
			origin = payment.KeyOrigin{Kind: payment.KeyFromCounter, Counter: ctr} // counterkey.go: numbered inside the package's wrapper
		}
		if msg := repayProblem(pass, op, rc, origin); msg != "" {
			reported[op.Call] = true
			directive.Reportf(pass, op.Call, "%s", msg)
		}
	}
}

// repayProblem words the finding for a key made anew on every pass, or
// returns "".
func repayProblem(pass *analysis.Pass, op *payment.Op, rc *poll.Recreate, origin payment.KeyOrigin) string {
	desc := op.Desc
	if desc == "" {
		desc = "payment write"
	}
	line := func(n ast.Node) int { return pass.Fset.Position(n.Pos()).Line }
	by := fmt.Sprintf("%s is made again on every pass of the loop (line %d) after %s (line %d) gives up while the payment may still be pending",
		desc, line(rc.Outer), rc.Via, line(rc.Wait))
	const tail = ": the provider takes each pass for a new payment and both can be paid; make the key once before the loop and reuse it"
	switch origin.Kind {
	case payment.KeyPerAttempt:
		return fmt.Sprintf("%s, with an idempotency key made anew on every pass (%s, line %d)%s", by, render(origin.At), line(origin.At), tail)
	case payment.KeyFromCounter:
		return fmt.Sprintf("%s, with an idempotency key made from the pass counter %s%s", by, origin.Counter.Name(), tail)
	case payment.KeyNone:
		// t15p: the SDK call itself (not a wrapper, which may guard its
		// own replays), of an SDK that sends no key at all.
		if adv := payment.AdviceFor(op); adv != nil && adv.NoKey && !op.AutoKey && op.Via == nil {
			return by + ", without an idempotency key: " + adv.SDK + " sends none, so the provider takes each pass for a new payment and both can be paid; keep polling the payment made until it ends, and pay again only after a terminal failure"
		}
		return repayAutoKey(op, by, tail) // autokey.go: the SDK's random key per call
	case payment.KeyPerCall:
		maker := "the function called"
		if origin.Maker != nil {
			maker = origin.Maker.Name()
		}
		return fmt.Sprintf("%s, and %s makes a new idempotency key on every call%s", by, maker, tail)
	}
	return ""
}
