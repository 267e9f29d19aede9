package payment_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestPaidObjectColumns: a status column named for a payment object
// (deposit_status, invoice_state) set to a settled value stores a paid
// state on any business table; a delivery's or housekeeping's status,
// a pending or authorised deposit, and a log row do not.
func TestPaidObjectColumns(t *testing.T) {
	analysistest.Run(t, testdata(), debug, "model/r8/paidcols")
}
