package pollinterval

import (
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/poll"
)

// reportCtorIntervals reports the constants handed to a constructor that
// stores them as a poll's interval (poll.CtorIntervals): the poll's
// package sees only the field, the value is here.
func reportCtorIntervals(pass *analysis.Pass, limit time.Duration) {
	cis, _ := pass.ResultOf[poll.CtorIntervals].([]*poll.CtorInterval)
	for _, ci := range cis {
		if ci.D >= limit || poll.InTestFile(pass, ci.Arg.Pos()) {
			continue
		}
		directive.Reportf(pass, ci.Arg,
			"payment status polled every %s: %s stores it in %s, the wait between reads of %s (%s); the provider's limit is one poll per %s; pass at least %s, and back off while PENDING",
			short(ci.D), payment.HelperName(ci.Ctor), ci.Param.Field, ci.Param.Poll, ci.Param.At, short(limit), short(limit))
	}
}
