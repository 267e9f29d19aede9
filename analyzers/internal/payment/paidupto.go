package payment

import "strings"

// ---- a row paid up to a date, whatever it holds -------------------------------------
//
// A self-storage unit, a parking bay, a locker or a tenancy is let by the
// month; its row says how far it is paid:
//
//	UPDATE rentals SET status = 'active', paid_through = $2 WHERE id = $1
//
// The table's name ranks nothing (a rental, a lease, a tenancy are no
// order), but the column says it: a date up to which the row is paid,
// set to a value (a constant or an expression such as now() + interval
// '1 month'; a value handed to the statement only where the same write
// also sets the row's status to a paid or active value), stores a paid
// state whatever the row holds, as a payment-qualified status does
// (paidStatusAnywhere). Only a date named
// as paid (paid_through, paid_until, paid_up_to): an expires_at or a
// valid_until also ends a session, a token or a coupon, and stays ranked
// by its table; a paid_through cleared (NULL) is no grant; a row that
// records what happened (a log, an event) or is about something else (a
// payment method, a note) is not the paid thing itself. A date pushed on
// from itself (paid_through = paid_through + interval '1 month') is an
// increment, left to the increments' model (increments.go), which
// describes it as the credit it is.

// paidUpToColumns name the date up to which a row is paid.
var paidUpToColumns = map[string]bool{
	"paid_through": true, "paid_until": true, "paid_up_to": true, "paid_upto": true, "paid_to": true,
	"paid_thru": true, "paidthrough": true, "paiduntil": true, "paid_through_date": true,
	"paid_until_date": true, "paid_to_date": true,
}

// PaidUpToColumn: col (snake_case) names the date up to which a row is
// paid. Pushed on from its own value, it pays another period whatever
// the table holds (handler/extend.go).
func PaidUpToColumn(col string) bool { return paidUpToColumns[strings.ToLower(col)] }

// paidUpToAnywhere: vals set a paid-up-to date (to a constant other than
// NULL, to an expression, or to a value handed in beside a paid status)
// on a row that is not a record or another thing's detail.
func paidUpToAnywhere(table []string, vals []colVal) bool {
	if len(table) == 0 {
		return false
	}
	for _, w := range table {
		if recordTables[w] || notTables[w] || notPaidTables[w] {
			return false
		}
	}
	activated := false
	for _, v := range vals {
		activated = activated || statusColumns[v.col] && v.known && paidValues[v.val]
	}
	for _, v := range vals {
		if !paidUpToColumns[v.col] {
			continue
		}
		switch {
		case v.known:
			if v.val != "null" && v.val != "" {
				return true
			}
		case v.expr != "" && !strings.Contains(v.expr, v.col):
			return true // paid_through + interval: an increment, the increments' model describes it
		case v.expr == "" && activated && len(v.alts) == 0:
			return true
		}
	}
	return false
}
