package payment

import (
	"strings"

	"github.com/paylint/paylint/analyzers/internal/lazyre"
)

// What a write grants beyond a paid status: money added to a balance, an
// entitlement count raised, a reward row inserted; and free trials, which
// look like plan upgrades but grant nothing that was paid for.

// moneyTables hold money owed to or held for someone: any column of such a
// row raised by an amount is a credit (seller_balances.paid_out,
// creator_earnings.lifetime_cents).
var moneyTables = map[string]bool{
	"balance": true, "wallet": true, "ledger": true, "earning": true, "credit": true,
}

// entitlementColumns count what a customer paid for: raised by an amount,
// they grant it whatever the table (organizations.licences).
var entitlementColumns = map[string]bool{
	"seats": true, "seat_count": true, "licenses": true, "licences": true, "license_count": true,
	"licence_count": true, "credits": true, "credit_balance": true, "points": true,
	"loyalty_points": true, "reward_points": true,
}

// counterWords name a column that counts events, not money: attempts,
// retry_count, views, version.
var counterWords = map[string]bool{
	"count": true, "attempt": true, "attempts": true, "retry": true, "retries": true, "tries": true,
	"view": true, "views": true, "version": true, "revision": true, "failure": true, "failures": true,
	"error": true, "errors": true, "hit": true, "hits": true, "click": true, "clicks": true,
	"login": true, "logins": true, "visit": true, "visits": true, "seq": true, "sequence": true,
	"nonce": true, "open": true, "opens": true,
}

// sqlPlaceholder: a value bound from a Go argument ($1, ?, :amount, @n).
var sqlPlaceholder = lazyre.New(`^(\$[0-9]+|\?|[:@][a-z_][a-z0-9_]*)$`)

// incrementByParam: the column is set to itself plus a bound argument
// (col = col + $1, col = ? + t.col), the SQL text of a repeated credit.
func incrementByParam(v colVal) bool { return incrementBy(v, sqlPlaceholder) }

// sqlPositiveNumber: a positive number written in the SQL text.
var sqlPositiveNumber = lazyre.New(`^[0-9]+(\.[0-9]+)?$`)

// incrementByNumber: the column is set to itself plus a number written
// in the SQL (travel_credit = travel_credit + 25).
func incrementByNumber(v colVal) bool { return incrementBy(v, sqlPositiveNumber) }

// incrementBy: the column is set to itself plus one value that amount
// matches, on either side of the +.
func incrementBy(v colVal, amount *lazyre.Regexp) bool {
	left, right, ok := strings.Cut(v.expr, "+")
	if !ok || strings.Contains(right, "+") {
		return false
	}
	left, right = strings.TrimSpace(left), strings.TrimSpace(right)
	if amount.MatchString(left) {
		left, right = right, left
	}
	return columnName(left) == v.col && v.col != "" && amount.MatchString(right)
}

// creditColumn: the column's last word names money held for the customer
// (travel_credit, store_credits, account_balance), whatever the table; a
// credit_limit or a balance_version is something else.
func creditColumn(col string) bool {
	switch col[strings.LastIndex(col, "_")+1:] {
	case "credit", "credits", "balance":
		return true
	}
	return false
}

// incrementGrant: an amount added to a money table's column or to an
// entitlement count (not a counter, not a decrement, not a set).
func incrementGrant(table []string, vals []colVal) bool {
	for _, w := range table {
		if notTables[w] {
			return false
		}
	}
	money := false
	for _, w := range table {
		money = money || moneyTables[w]
	}
	for _, v := range vals {
		switch {
		case incrementByParam(v):
			if entitlementColumns[v.col] || creditColumn(v.col) || money && !counterColumn(v.col) ||
				raisedColumn(table, v.col) { // voc_amounts.go
				return true
			}
		case incrementByNumber(v):
			// A fixed sum added to money held for the customer (not an
			// upvote's points + 1: the column must name a credit).
			if creditColumn(v.col) {
				return true
			}
		}
	}
	return false
}

func counterColumn(col string) bool {
	for _, w := range strings.Split(col, "_") {
		if counterWords[w] {
			return true
		}
	}
	return false
}

// rewardInsertWords: a row inserted into these tables gives the customer
// something (loyalty_entries, cashback_grants, signup_bonuses).
var rewardInsertWords = map[string]bool{
	"loyalty": true, "reward": true, "bonus": true, "cashback": true,
}

// rewardInsert: an insert into a reward table; "points" only with words
// that say whose (user_points), not data_points or pickup_points. A
// negative amount is a redemption.
func rewardInsert(table []string, vals []colVal) bool {
	reward, point, other := false, false, false
	for _, w := range table {
		switch {
		case notTables[w]:
			return false
		case rewardInsertWords[w]:
			reward = true
		case w == "point":
			point = true
		case !grantTables[w] && w != "entry" && w != "grant":
			other = true
		}
	}
	if !reward && !(point && !other) {
		return false
	}
	for _, v := range vals {
		if v.known && strings.HasPrefix(v.val, "-") {
			return false
		}
	}
	return true
}

// trialWrite: the write starts a free trial (trial_ends_at = now() + …,
// is_trial = true): the plan it sets is not paid for. Ending one
// (is_trial = false, trial_until = NULL) is not.
func trialWrite(vals []colVal) bool {
	for _, v := range vals {
		if !trialColumn(v.col) {
			continue
		}
		if v.expr != "" || v.known && v.val != "null" && v.val != "false" && v.val != "0" {
			return true
		}
	}
	return false
}

// trialColumn: is_trial, on_trial, trialing, trial_ends_at, trial_until;
// not trial_used or had_trial (a trial spent, often on upgrading).
func trialColumn(col string) bool {
	ws := strings.Split(col, "_")
	switch {
	case col == "trial" || col == "trialing" || col == "is_trialing":
		return true
	case len(ws) == 2 && ws[1] == "trial" && (ws[0] == "is" || ws[0] == "on" || ws[0] == "in"):
		return true
	case len(ws) >= 2 && ws[0] == "trial":
		switch ws[len(ws)-1] {
		case "at", "until", "end", "ends", "expiry", "expires", "start", "starts", "started", "date", "on":
			return true
		}
	}
	return false
}
