package payment

// ---- a payment hold stored: a grant for the return page only -------------------
//
// A hold ("authorized", "requires_capture") is no paid state: a webhook
// recording it grants nothing, and the paid-state rules must keep it so
// (c15h_objectstatus.go: a store handed "authorized" writes none). A
// return page recording it is another matter:
//
//	pi, _ := paymentintent.Get(q.Get("payment_intent"), nil) // pi.Status never tested
//	s.appts.SetDeposit(ctx, id, pi.ID, "authorized")          // the slot is booked
//
// The page trusts the redirect that the card was authorised; the
// authentication may have failed (requires_payment_method). Only
// redirectfulfill asks HoldStatusConst, so no other rule sees a hold as
// paid.

// holdWords are the folded values of a payment hold: authorised, not
// captured. "held" alone also names an order held for review, so it
// counts only in a payment object's own status column.
var holdWords = map[string]bool{"authorized": true, "authorised": true, "requirescapture": true, "held": true}

// HoldWord: s may be a payment hold's value (the cheap test on a
// constant before its store is judged).
func HoldWord(s string) bool { return holdWords[normStatus(s)] }

// HoldStatusConst: storing the constant s as f says records a payment
// hold where a settled value would be a paid state: the status of a
// payment-kind row (orders.status, bookings.payment_status) or a payment
// object's own status column (deposit_status). A user's, a token's or a
// log's "authorized" is none.
func HoldStatusConst(f *StatusParamFact, s string) bool {
	if f == nil || !HoldWord(s) {
		return false
	}
	for _, w := range f.Table {
		if notTables[w] || recordTables[w] {
			return false
		}
	}
	object := paymentStatusColumns[f.Col] || paymentObjectStatusColumn(f.Col)
	if normStatus(s) == "held" && !object {
		return false
	}
	if !object && (!statusColumns[f.Col] || kindOfTable(f.Table) != tablePayment) {
		return false
	}
	return storesPaid(f, "captured") || storesPaid(f, "paid")
}
