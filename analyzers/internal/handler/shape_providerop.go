package handler

import (
	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// providerOp reports whether the payment model knows c as a provider
// operation: a payment write (create, capture, refund…) or a status read,
// directly or through a wrapper. Such a call is never a signature check,
// whatever it is handed.
func (m *Model) providerOp(c *ssa.CallCommon) bool {
	pos := c.Pos()
	if !pos.IsValid() || m.info == nil {
		return false
	}
	if m.statuses[pos] || m.settles[pos] {
		return true
	}
	for call, op := range m.info.Ops { // creations: rare enough to scan
		if call.Lparen == pos {
			return op.Kind.Any(payment.Write | payment.StatusRead)
		}
	}
	return false
}
