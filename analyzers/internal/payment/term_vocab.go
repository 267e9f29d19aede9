package payment

import "strings"

// The vocabulary of terminal payment states (term_state.go): which
// values end a payment other than paid, which of them move money back,
// and which columns hold a payment's state.

// TerminalValue tells whether s is a payment's end other than paid
// (refunded, failed, charged back, cancelled, voided, expired…), with s
// normalised ("Partially-Refunded" → partially_refunded) and whether it
// moves money back to the payer (refunded, reversed, charged back).
func TerminalValue(s string) (norm string, terminal, moneyBack bool) {
	norm = strings.NewReplacer(" ", "_", "-", "_").Replace(strings.ToLower(strings.TrimSpace(s)))
	return norm, terminalValues[norm], moneyBackValues[norm]
}

var (
	terminalValues = map[string]bool{
		"refunded": true, "partially_refunded": true, "reversed": true, "charged_back": true,
		"chargeback": true, "chargedback": true, "disputed": true, "failed": true, "declined": true,
		"rejected": true, "cancelled": true, "canceled": true, "voided": true, "void": true, "expired": true,
	}
	moneyBackValues = map[string]bool{
		"refunded": true, "partially_refunded": true, "reversed": true, "charged_back": true,
		"chargeback": true, "chargedback": true,
	}
)

// termStatusColumn: col holds a payment's state in a row of table (its
// singular words, tableWords). A status or state column named for a
// payment (payment_status, refund_state, billing_status) on any table
// but a log, event or delivery table; or a bare status or state on a
// payment table (payments, charges, transactions, refunds, invoices,
// orders, intents). A user's or a delivery's status is no payment's.
func termStatusColumn(col string, table []string) bool {
	for _, w := range table {
		if notTables[w] || termNotTables[w] {
			return false
		}
	}
	ws := strings.Split(col, "_")
	if last := ws[len(ws)-1]; last != "status" && last != "state" {
		return false
	}
	if len(ws) > 1 {
		return termColumnWords[strings.Join(ws[:len(ws)-1], "_")]
	}
	for _, w := range table {
		if termTables[w] {
			return true
		}
	}
	return false
}

var (
	// termColumnWords name a payment in a status column's name.
	termColumnWords = map[string]bool{
		"payment": true, "pay": true, "refund": true, "charge": true, "dispute": true,
		"transaction": true, "txn": true, "invoice": true, "deposit": true, "settlement": true,
		"billing": true, "financial": true,
	}
	// termTables: tables (singular words) whose bare status is a
	// payment's. Narrower than paymentTables: a booking or subscription
	// cancelled is not the payment's end.
	termTables = map[string]bool{
		"payment": true, "charge": true, "transaction": true, "refund": true, "invoice": true,
		"order": true, "intent": true,
	}
	// termNotTables: rows about the work around a payment, besides
	// notTables (dbclass.go).
	termNotTables = map[string]bool{"delivery": true, "job": true, "outbox": true}
)

// moneyOutTables: rows of money sent out or owed to someone (singular
// words), whose bare status says whether it was paid.
var moneyOutTables = map[string]bool{
	"payout": true, "transfer": true, "disbursement": true, "withdrawal": true,
	"remittance": true, "commission": true, "settlement": true,
}

// PostedStateColumn: a store writing its parameter as f says writes a
// payment's state, whatever value it is handed: a payment's state
// column (termStatusColumn), or the bare status or state of a payout's,
// a transfer's or a commission's row. A log, event or delivery row is
// never one.
func PostedStateColumn(f *StatusParamFact) bool {
	if f == nil {
		return false
	}
	if termStatusColumn(f.Col, f.Table) {
		return true
	}
	if f.Col != "status" && f.Col != "state" {
		return false
	}
	out := false
	for _, w := range f.Table {
		if notTables[w] || termNotTables[w] {
			return false
		}
		out = out || moneyOutTables[w]
	}
	return out
}

// PaymentStateName: ws, the words of a field's or a column's name, name
// a payment's state (payment_status, PaymentState, financial_status): a
// status or state word after a word naming a payment (termColumnWords).
// A bare status, or an order's, a delivery's or a user's, is not one.
func PaymentStateName(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	if last := strings.ToLower(ws[len(ws)-1]); last != "status" && last != "state" {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if termColumnWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}
