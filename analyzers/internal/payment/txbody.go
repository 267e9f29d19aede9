package payment

import "strings"

// ---- a transaction opened for a customer ---------------------------------------
//
// Merchant-of-record and billing APIs open a payment as a "transaction"
// for a customer (Paddle Billing's "POST /transactions" with
// customer_id, an amount and currency_code): the body names no payer's
// phone or payee, only the customer billed. On a transactions path, an
// amount with its currency and the customer (or payer) it is billed to
// is a payment body. A bookkeeping transaction (an account or category,
// no customer), a preview or search of transactions (off-payment
// segments, op_shape.go) and a catalogue price (its own paths) are not.

// billedFields name the customer a transaction bills (normalised).
var billedFields = map[string]bool{
	"customerid": true, "customer": true, "payerid": true, "buyerid": true,
}

// transactionBody: p has a transactions segment and the body carries an
// amount, a currency and the customer billed.
func transactionBody(p urlPath, fs bodyFieldSet) bool {
	onTxn := false
	for _, s := range p.Segs {
		if s.Hole == nil && strings.EqualFold(s.Lit, "transactions") {
			onTxn = true
		}
	}
	if !onTxn {
		return false
	}
	amount, billed := false, false
	for n := range fs {
		amount = amount || amountFields[n]
		billed = billed || billedFields[n]
	}
	_, cur := fs["currency"]
	_, object := fs[moneyCurrency] // an amount object with its currency (moneyobject.go)
	cur = cur || object
	_, code := fs["currencycode"]
	return amount && billed && (cur || code)
}
