package idempotency

import (
	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/poll"
)

// madeAgainWhilePending: the poll model sees op's payment made again on
// the next pass after a wait that can give up while the payment is still
// pending (poll.Result.Rewaits, or a poll helper that returns false on
// its timeout: poll.Recreates). Such a pass goes round without a
// definitive answer, so a loop whose error branch leaves is still a
// retry of the same payment: a key made once keeps the provider from
// taking the next pass for a second payment.
func madeAgainWhilePending(pass *analysis.Pass, op *payment.Op) bool {
	res, _ := pass.ResultOf[poll.Analyzer].(*poll.Result)
	if res == nil {
		return false
	}
	for _, rc := range res.Rewaits {
		if rc.Create != nil && rc.Create.Call == op.Call {
			return true
		}
	}
	for _, rc := range poll.Recreates(res.Loops) {
		if rc.Create != nil && rc.Create.Call == op.Call {
			return true
		}
	}
	return false
}
