package pollcreate

import (
	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/poll"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// reportPortRepays reports, at the binding, a loop of another package
// creating a payment through a port and going round when the port's
// waiter gives up while the payment may be pending (poll/portrewait.go).
func reportPortRepays(pass *analysis.Pass) {
	rs, _ := pass.ResultOf[poll.PortRewaits].([]*poll.PortRepay)
	for _, r := range rs {
		desc := r.Fact.Desc
		if desc == "" {
			desc = "a payment creation"
		}
		directive.Reportf(pass, r.Node,
			"%s calls %s (%s) again on every pass of the loop (line %d) after %s (%s) gives up, bound here to %s (%s) and %s, which answers (%s) when its own bound ends the wait while the payment may still be pending: the first can still go through and both are paid; keep polling the same payment until it is CONFIRMED or FAILED; pay again only after a terminal failure",
			r.Holder, r.Loop.Desc, r.Loop.At, r.Loop.Loop, r.Loop.WaitDesc, r.Loop.WaitAt, retry.ImplName(r.Create), desc, retry.ImplName(r.Wait), poll.GiveUpText(r.Loop.GiveUp))
	}
}
