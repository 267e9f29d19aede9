package pollcreate

import (
	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/poll"
)

// Analyzer is the pollcreate rule. See doc.go.
var Analyzer = &analysis.Analyzer{
	Name:     "pollcreate",
	Doc:      doc,
	Requires: []*analysis.Analyzer{payment.Analyzer, poll.Analyzer, poll.PortRewaits, funcs.Analyzer}, // portrewait_report.go
	Run:      directive.CheckUnused(run),
}

func run(pass *analysis.Pass) (any, error) {
	loops, _, err := poll.Loops(pass)
	if err != nil {
		return nil, err
	}
	info, _ := pass.ResultOf[payment.Analyzer].(*payment.Info)
	done := map[*payment.Op]bool{}
	for _, l := range loops {
		for _, op := range info.Within(l.Body) {
			if done[op] || !op.Kind.Has(payment.Create) || op.Outgoing() && !l.RecreatesPolled(op) || !l.Contains(op.Call) || l.AfterTerminal(op.Call) || l.Reissues(op) || l.ResendsPolled(op) || l.CancelledBefore(op) {
				continue
			}
			done[op] = true
			directive.Reportf(pass, op.Call,
				"new payment created inside the loop that polls payment %s (line %d): keep polling the same payment until it is CONFIRMED or FAILED; create a new one only after a terminal failure",
				l.IDText(), pass.Fset.Position(l.Pos).Line)
		}
	}
	if res, _ := pass.ResultOf[poll.Analyzer].(*poll.Result); res != nil { // a helper of another package may be the only wait (helpergiveup.go)
		for _, rc := range res.Rewaits {
			if done[rc.Create] {
				continue
			}
			done[rc.Create] = true
			directive.Reportf(pass, rc.Create.Call,
				"payment %s made again on every pass of the loop (line %d) after %s (line %d) stops waiting while the payment may still be pending: the first can still go through and both are paid; keep polling the same payment until it is CONFIRMED or FAILED; pay again only after a terminal failure",
				rc.Create.Desc, pass.Fset.Position(rc.Outer.Pos()).Line, rc.Via, pass.Fset.Position(rc.Wait.Pos()).Line)
		}
	}
	reportPortRepays(pass) // portrewait_report.go: main binds a port another package pays again around
	for _, rc := range poll.Recreates(loops) {
		if done[rc.Create] {
			continue
		}
		done[rc.Create] = true
		directive.Reportf(pass, rc.Create.Call,
			"new payment created on every pass of %s (line %d) that waits for it through %s (line %d): when the helper gives up while the payment is still pending, %s creates another and the buyer can pay twice; keep polling the same payment until it is CONFIRMED or FAILED; create a new one only after a terminal failure",
			rc.By, pass.Fset.Position(rc.Outer.Pos()).Line, rc.Poll.HelperName(), pass.Fset.Position(rc.Poll.Pos).Line, rc.By)
	}
	return nil, nil
}
