package payment

import "strings"

// paymentObjectNouns name a money object whose own status column says
// whether it was paid: deposit_status, charge_status, invoice_state,
// guarantee_status. A delivery, shipping or housekeeping status is not
// a payment's, whatever value it holds.
var paymentObjectNouns = map[string]bool{
	"deposit": true, "charge": true, "invoice": true, "guarantee": true,
	"prepayment": true, "downpayment": true, "billing": true, "bill": true,
	"transaction": true, "txn": true, "capture": true, "settlement": true,
	"installment": true, "instalment": true, "fee": true,
}

// paidObjectStatus: a status column qualified by a payment object
// (deposit_status = 'paid') set to a settled value stores a paid state
// whatever the table holds (appointments, reservations), unless the row
// is a log of what happened.
func paidObjectStatus(table []string, vals []colVal) bool {
	for _, w := range table {
		if recordTables[w] {
			return false
		}
	}
	for _, v := range vals {
		if v.known && settledValues[v.val] && paymentObjectStatusColumn(v.col) {
			return true
		}
	}
	return false
}

// paymentObjectStatusColumn: <noun>_status or <noun>_state, the noun a
// payment object (the last word before the suffix decides: a
// charge_delivery_status is a delivery's).
func paymentObjectStatusColumn(col string) bool {
	for _, suffix := range []string{"_status", "_state"} {
		head, ok := strings.CutSuffix(col, suffix)
		if !ok || head == "" {
			continue
		}
		words := strings.Split(head, "_")
		return paymentObjectNouns[words[len(words)-1]]
	}
	return false
}
