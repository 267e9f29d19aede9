package handler

import (
	"go/ast"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- relational increments of what a customer bought --------------------------------
//
// storeCredit reads the increments of documents, key-value stores and ent.
// A GORM or SQL store adds in the statement (sessions_left + ?,
// paid_through + interval '1 month': payment.StoreIncrements.SQLIncrements).
// Such an increment repeats a purchase when its column holds what was
// bought: a balance or app currency (as storeCredit), units left to use
// (classes_left, sessions_remaining, rides_available), or the paid-up
// date of a plan pushed forward (paid_through, paid_until): a second
// delivery gives a second month. Counters of events (attempts_left,
// retries_remaining), units with no remaining word (sessions, visits: a
// tally), and dates set rather than pushed stay silent.

// whbCredit: call adds, in its statement, to a column holding something
// bought.
func (d *Dedupe) whbCredit(call *ast.CallExpr, fn *types.Func) (Effect, bool) {
	for _, col := range d.incr.SQLIncrements(call) {
		if boughtColumn(col) {
			return Effect{Node: call, Kind: Credit, Desc: qual(fn) + ": " + col + " += …"}, true
		}
	}
	return d.stock(call, fn) // stock.go: stock decrements, end dates pushed forward
}

// boughtColumn: col (snake_case) holds money, app currency, units left
// of a pack, or the date a plan is paid up to.
func boughtColumn(col string) bool {
	if payment.CounterName(col) {
		return false
	}
	ws := words(col)
	switch {
	case hasWord(ws, amountFields...) != "", hasWord(ws, virtualCurrency...) != "":
		return true
	case hasWord(ws, whbUnits...) != "" && hasWord(ws, "left", "remaining", "available") != "":
		return true
	case hasWord(ws, "paid", "valid", "active", "prepaid") != "" && hasWord(ws, "through", "thru", "until", "till") != "":
		return true
	}
	return false
}

// whbUnits: what a pack or a plan sells by the unit.
var whbUnits = []string{"session", "sessions", "class", "classes", "lesson", "lessons",
	"ride", "rides", "pass", "passes", "minutes", "hours", "washes", "meals", "trips", "uses", "entries", "tickets"}
