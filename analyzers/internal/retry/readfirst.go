package retry

import (
	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ReadsStateFirst: in the repeated region, a status read of the provider
// comes before the write and its result is tested before the write runs
// (tx, err := gw.Transaction().Find(ctx, id); if tx.Status == … { return }).
// The replay then happens only when the provider's state says the last
// attempt did not go through. So too when op is a wrapper's write that
// does this inside (payment.Op.ReadGuarded, payment/readguard.go).
func ReadsStateFirst(pass *analysis.Pass, info *payment.Info, op *payment.Op, c *Construct) bool {
	if op.ReadGuarded {
		return true
	}
	if c.Region == nil || info == nil {
		return false
	}
	for _, r := range info.Within(c.Region) {
		if r.Kind.Has(payment.StatusRead) && r.Call.End() <= op.Call.Pos() && payment.ReadTestedBefore(pass.TypesInfo, r.Call, op.Call, c.Region) {
			return true
		}
	}
	return false
}
