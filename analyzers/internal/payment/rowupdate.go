package payment

import "strings"

// ---- an UPDATE of a payment's state whatever value it stores ------------------
//
// classifyWrite judges a write by the value it stores: "paid" marks a row
// paid, a parameter says nothing. A callback handler of a provider
// paylint does not model hands the posted status (normalised by the
// merchant's own helper) to a repository that runs
//
//	UPDATE payment_transactions SET status = ?, updated_at = ? WHERE ref = ?
//	UPDATE wallets SET balance = ? WHERE user_id = ?
//
// Neither is a paid-state write by its values, yet either says what the
// caller is: a function that moves a payment's state or a balance when a
// request arrives. The handler model asks this only to tell a payment
// provider's callback from other webhooks (statewebhook.go), never to
// report the write itself.

// RowStateUpdate reports whether q is a constant UPDATE that sets the
// status column of a payment row (an order, a payment, a transaction…),
// or the balance of a wallet, an account or a ledger row; with
// the table's name.
func RowStateUpdate(q string) (string, bool) {
	m := sqlUpdateStmt.FindStringSubmatch(q)
	if m == nil {
		return "", false
	}
	table := tableWords(m[1])
	kind := kindOfTable(table)
	if kind == tableOther {
		return "", false
	}
	for _, part := range splitTop(cutClauses(m[2])) {
		col, _, ok := strings.Cut(part, "=")
		if !ok {
			continue
		}
		c := columnName(col)
		if kind == tablePayment && statusColumns[c] || kind == tableGrant && moneyRow(table) && balance(c) {
			return strings.Join(table, "_"), true
		}
	}
	return "", false
}

// moneyRow: a row holding money (a wallet, a balance, a ledger, an
// account), not a user's points, seats or quota.
func moneyRow(table []string) bool {
	for _, w := range table {
		switch w {
		case "wallet", "balance", "ledger", "account":
			return true
		}
	}
	return false
}

// balance: a column holding the money itself.
func balance(col string) bool {
	return strings.Contains(col, "balance") || col == "credits" || col == "credit"
}
