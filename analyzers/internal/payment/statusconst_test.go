package payment

import "testing"

// PaidStatusConst judges a constant handed to a store that writes the
// status it is given: a paid state of a payment row, a strong success
// word of a prepaid purchase's row; nothing else.
func TestPaidStatusConstSP12(t *testing.T) {
	for _, c := range []struct {
		table []string
		col   string
		val   string
		paid  bool
	}{
		{[]string{"order"}, "status", "CAPTURED", true},
		{[]string{"invoice"}, "status", "paid", true},
		{[]string{"topup"}, "status", "SUCCESSFUL", true},
		{[]string{"recharge"}, "state", "success", true},
		// look-alikes
		{[]string{"topup"}, "status", "PENDING", false},
		{[]string{"topup"}, "status", "VEND_FAILED", false},
		{[]string{"topup"}, "status", "APPROVED", false},    // an approval, not the money
		{[]string{"job"}, "status", "completed", false},     // a job done
		{[]string{"export"}, "status", "successful", false}, // no payment row
		{[]string{"topup", "log"}, "status", "SUCCESSFUL", false},
		{[]string{"topup"}, "note", "SUCCESSFUL", false},
		{[]string{"order"}, "status", "", false},
	} {
		f := &StatusParamFact{Param: 2, Table: c.table, Col: c.col}
		if got := PaidStatusConst(f, c.val); got != c.paid {
			t.Errorf("PaidStatusConst(%v.%s = %q) = %v, want %v", c.table, c.col, c.val, got, c.paid)
		}
	}
}
