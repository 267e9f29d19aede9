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
