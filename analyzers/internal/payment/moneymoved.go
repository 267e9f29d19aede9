package payment

import "strings"

// ---- money moved on a money row: released escrow, an authorised hold -------------
//
// Two payment states of money rows (voc_moneyrows.go) that are not
// "paid" words, yet say the provider moved or held the money:
//
//   - released (paid_out, disbursed): an escrowed amount paid on to the
//     payee (UPDATE milestones SET status = 'released', transfer_ref = $2).
//     Only on a row funded by a payment — it names the payment behind it
//     (payment_intent_id, charge_id, psp_reference) — for then the release
//     spends money that row holds. A lock, a hold, a queue's job, a feature
//     flag, a stock reservation, a returned deposit is "released" too:
//     those tables stay silent, and so does a row with no payment
//     reference (a budget line released to a team).
//   - authorized / authorised: a pre-authorisation hold placed
//     (UPDATE rides SET status = 'authorized' WHERE preauth_ref = $1).
//     Only on a row whose SQL carries the reference of that authorisation
//     at the provider (preauth_ref, psp_reference, authorization_id,
//     payment_intent_id): an OAuth grant, a user, a device, an app or a
//     mandate "authorized" carries none, and their tables are refused by
//     name as well. Round 9 kept 'authorized' out of moneyRowSettled: a
//     row with only amount and currency (an expense claim, a quote)
//     authorised by a manager is an agreement, not money held.

// moneyMovedWords: a row's escrowed money paid on to its payee.
var moneyMovedWords = map[string]bool{
	"released": true, "paid_out": true, "paidout": true, "disbursed": true,
}

// authHeldWords: a pre-authorisation hold placed for the row.
var authHeldWords = map[string]bool{"authorized": true, "authorised": true}

// notReleasedTables: rows released without money moving (a lock, a hold
// voided, a job handed back to a queue, stock put back, a deposit
// returned to its payer).
var notReleasedTables = map[string]bool{
	"lock": true, "mutex": true, "lease": true, "hold": true, "reservation": true,
	"reserve": true, "allocation": true, "claim": true, "job": true, "task": true,
	"queue": true, "worker": true, "flag": true, "feature": true, "toggle": true,
	"rollout": true, "release": true, "inventory": true, "stock": true, "slot": true,
	"seat": true, "deposit": true, "authorization": true, "authorisation": true,
	"preauth": true, "preauthorization": true, "version": true, "build": true,
}

// notAuthTables: rows authorised without any money held (an OAuth grant,
// a user, a device, an app, a Direct Debit mandate, an agreement).
var notAuthTables = map[string]bool{
	"oauth": true, "token": true, "grant": true, "consent": true, "user": true,
	"account": true, "device": true, "client": true, "app": true, "application": true,
	"integration": true, "connection": true, "credential": true, "key": true,
	"session": true, "login": true, "member": true, "scope": true, "mandate": true,
	"agreement": true, "subscription": true, "expense": true, "request": true,
	"approval": true, "role": true, "permission": true,
}

// authRefColumns: the reference of an authorisation at the provider.
var authRefColumns = map[string]bool{
	"preauth_ref": true, "preauth_id": true, "preauth_reference": true,
	"pre_auth_ref": true, "pre_auth_id": true,
	"authorization_id": true, "authorisation_id": true, "authorization_ref": true,
	"authorisation_ref": true, "auth_ref": true, "auth_id": true, "hold_ref": true,
}

// moneyRowMoved: val, stored in the status of table (words) whose columns
// cols show money, says the provider released or held the row's money.
func moneyRowMoved(words []string, cols map[string]bool, val string) bool {
	val = strings.ToLower(val)
	switch {
	case moneyMovedWords[val]:
		return !anyWord(words, notReleasedTables) && hasCol(cols, paymentRefCol)
	case authHeldWords[val]:
		return !anyWord(words, notAuthTables) && hasCol(cols, func(c string) bool {
			return authRefColumns[c] || paymentRefCol(c)
		})
	}
	return false
}

// paymentRefCol: the column names the payment behind the row.
func paymentRefCol(c string) bool {
	return moneyRefColumns[c] || strings.HasSuffix(c, "_payment_id") || strings.HasSuffix(c, "_charge_id")
}

func anyWord(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}

func hasCol(cols map[string]bool, ok func(string) bool) bool {
	for c := range cols {
		if ok(c) {
			return true
		}
	}
	return false
}
