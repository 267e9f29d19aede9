package payment

import "strings"

// ---- a sum billed to a payer, in minor units ---------------------------------
//
// A request asking a payer to pay names the sum in minor units after what
// it is (charge_cents, payment_pence, billed_paise) and the payer by its
// id (payer_id): an insurance claim sent to a clearinghouse, a bill
// presented to a corporate account, a direct-debit collection. Such a
// body asks for money as surely as one with an amount and a payer
// (paymentBody), which knows the names amount_cents and payer only. The
// sum must be named for a charge or a payment and carried in a money
// unit; a price, a fee, a limit or a balance in cents is not asked of
// anyone, and an id of a member, a patient or a customer is not the one
// who pays (a quote for a member carries both). Catalogue, cart and quote
// paths stay out (offPaymentPath, checked before).

// chargedWords begin a sum that is asked of the payer.
var chargedWords = []string{"charge", "charged", "payment", "billed", "billing", "claim", "claimed", "debit"}

// c15rMinorUnits end a sum held in minor units (normalised names).
var c15rMinorUnits = []string{"cents", "pence", "paise", "kobo", "minor"}

// payerIDs name who pays or is paid by its id (normalised).
var payerIDs = map[string]bool{"payerid": true, "payeeid": true, "payerref": true, "payeeref": true}

// billedSum: n (normalised) is a charged word followed by a minor
// unit, and nothing else: chargecents, paymentpence, claimedminor.
func billedSum(n string) bool {
	for _, w := range chargedWords {
		if rest, ok := strings.CutPrefix(n, w); ok {
			for _, u := range c15rMinorUnits {
				if rest == u {
					return true
				}
			}
		}
	}
	return false
}

// payerBody: the body carries a billed sum in minor units and the
// payer's (or payee's) id.
func payerBody(fs bodyFieldSet) bool {
	sum, payer := false, false
	for n := range fs {
		sum = sum || billedSum(n)
		payer = payer || payerIDs[n]
	}
	return sum && payer
}
