package idempotency

import (
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// reportSweeps reports, where a cron schedule of this package runs it, a
// function of another package that re-selects the pending rows and
// writes a payment for each without a key that stays the same from pass
// to pass (retry/sweepfacts.go): a write whose answer was lost leaves
// its row pending, and the next run sends it again.
func reportSweeps(pass *analysis.Pass, res *retry.PortResult) {
	for _, s := range res.Sweeps {
		for _, w := range s.Fact.Writes {
			msg := sweepProblem(pass, s, w)
			if msg == "" {
				continue
			}
			directive.Reportf(pass, s.Ref, "%s", msg)
			break
		}
	}
}

// sweepProblem is the message for one write of a scheduled pass.
func sweepProblem(pass *analysis.Pass, s retry.ScheduledSweep, w retry.SweepWrite) string {
	run := fmt.Sprintf("run by a cron job (line %d)", pass.Fset.Position(s.Schedule.Pos()).Line)
	if s.Through != nil {
		run = fmt.Sprintf("handed to %s, whose schedule runs it on every tick (%s)", retry.ImplName(s.Through), s.At)
	}
	by := fmt.Sprintf("%s, %s, re-selects pending rows and sends %s (%s) for each",
		retry.ImplName(s.Fn), run, w.Desc, w.At)
	tail := ": a row whose answer was lost stays pending and the next run sends the write again, which can charge twice; take the key from the row (its id or reference), the same on every pass"
	switch w.Key {
	case payment.KeyNone:
		why := " without an idempotency key"
		if adv := payment.AdviceForDesc(w.Desc); adv != nil && w.AutoKey {
			why += " (" + adv.SDK + " adds a new random key to each call)"
		}
		return by + why + tail
	case payment.KeyPerCall, payment.KeyPerAttempt, payment.KeyFromCounter:
		return by + " with an idempotency key made anew on every run" + tail
	}
	return ""
}
