package payment

import "strings"

// ---- money raised, and a paid state kept on any row --------------------------------
//
// A sum of money added to a total by a bound amount credits it: a
// campaign's raised_pence, a fund's total_donated, a pot's
// collected_cents. Run once per payment event, a repeated run counts the
// money twice. What a column counts is in its words: a money unit at the
// end (pence, cents, amount), or the money raised itself; the limits,
// prices, fees and costs of a thing, and the running totals of carts and
// orders, are not money received.
//
// A payment-qualified status (payment_status, payment_state, pay_status)
// set to a paid value stores a paid state whatever the row is: an EV
// charging session, a parking stay. Not on a log row (payment events,
// webhook logs), which records what happened.

// moneyUnitWords end a column that holds a sum of money in minor units
// ("amount" alone names sums of anything: it counts next to a raised
// word, amount_raised).
var moneyUnitWords = map[string]bool{
	"pence": true, "cents": true, "kobo": true, "paise": true, "sats": true,
}

// raisedWords name money received by a cause (total_raised, donated).
var raisedWords = map[string]bool{"raised": true, "donated": true, "pledged": true, "collected": true}

// notReceivedWords are sums that are not money received: limits, goals,
// prices, fees, costs, spend, refunds, running totals of a basket.
var notReceivedWords = map[string]bool{
	"limit": true, "cap": true, "max": true, "min": true, "target": true, "goal": true,
	"threshold": true, "price": true, "fee": true, "fees": true, "discount": true, "due": true,
	"owed": true, "outstanding": true, "refunded": true, "tax": true, "shipping": true,
	"subtotal": true, "cost": true, "used": true, "spent": true, "spend": true, "usage": true,
	"consumed": true, "billed": true, "charged": true, "withdrawn": true, "budget": true,
}

// basketTables keep a running total of what is being bought, or
// statistics of sales, not money received by someone.
var basketTables = map[string]bool{
	"cart": true, "basket": true, "order": true, "invoice": true, "quote": true, "item": true,
	"line": true, "bill": true, "stat": true, "metric": true, "report": true, "analytic": true,
	"summary": true, "aggregate": true,
}

// raisedColumn: the column holds money received, judged by its words,
// on a table that is not a basket.
func raisedColumn(table []string, col string) bool {
	for _, w := range table {
		if basketTables[w] {
			return false
		}
	}
	ws := strings.Split(col, "_")
	only, some := true, false // every word a raised word or total/amount; one raised
	for _, w := range ws {
		if notReceivedWords[w] || counterWords[w] {
			return false
		}
		some = some || raisedWords[w]
		only = only && (raisedWords[w] || w == "total" || w == "amount")
	}
	return moneyUnitWords[ws[len(ws)-1]] || only && some
}

// paymentStatusColumns qualify a status by the payment.
var paymentStatusColumns = map[string]bool{
	"payment_status": true, "payment_state": true, "pay_status": true, "pay_state": true,
	"paymentstatus": true, "paymentstate": true,
}

// settledValues say a payment went through (not authorised: a hold).
var settledValues = map[string]bool{
	"paid": true, "captured": true, "succeeded": true, "settled": true, "completed": true,
	"success": true, "successful": true,
}

// recordTables are rows that record what happened.
var recordTables = map[string]bool{
	"log": true, "event": true, "webhook": true, "audit": true, "notification": true,
	"history": true, "message": true, "email": true, "cache": true,
}

// paidStatusAnywhere: a payment-qualified status (payment_status, or a
// payment object's: deposit_status, invoice_state — paidcols.go) set
// to a settled value stores a paid state whatever the table holds
// (appointments, reservations), on a row that is not a log.
func paidStatusAnywhere(table []string, vals []colVal) bool {
	for _, w := range table {
		if recordTables[w] {
			return false
		}
	}
	for _, v := range vals {
		if v.known && settledValues[v.val] && (paymentStatusColumns[v.col] || paymentObjectStatusColumn(v.col)) {
			return true
		}
	}
	return false
}
