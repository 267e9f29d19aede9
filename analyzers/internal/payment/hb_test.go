package payment_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestOpenBankingInitiations: an open-banking payment initiation
// (payment-initiations, domestic-payments, international-payments,
// domestic-scheduled-payments) submitted or executed is a payment write
// and read back a status; consents, a consent revoked and balances are
// not payment operations.
func TestOpenBankingInitiations(t *testing.T) {
	analysistest.Run(t, testdata(), debug, "model/hb/openbanking")
}
