package payment_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// OpenBankingInitiations: an open-banking payment initiation
// (payment-initiations, domestic-payments, international-payments,
// domestic-scheduled-payments) submitted or executed is a payment write
// and read back a status; consents, a consent revoked and balances are
// not payment operations.
var _ = cases.Add(debug, "OpenBankingInitiations", "model/hb/openbanking")

// TestStateNotices: a payment word under another business object's
// collection (/folios/refund, /bookings/{id}/payment) with a body that
// carries a status and no sum notifies a state and is no payment write;
// a payment's refund, a gateway's refund, a refund with a sum and a body
// not seen stay writes.
func TestStateNotices(t *testing.T) {
	if !stateNoticeHooked {
		t.Skip("httpOp (httpcalls.go) does not consult stateNotice yet: see statenotice.go")
	}
	analysistest.Run(t, testdata(), debug, "model/hb/statenotice")
}

// stateNoticeHooked: httpOp drops a write that stateNotice recognises
// (set to true with that one-line hook in httpcalls.go).
const stateNoticeHooked = true
