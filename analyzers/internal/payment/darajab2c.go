package payment

// ---- Safaricom Daraja's money movements and their dedupe field ------------------
//
// Daraja names its payouts by product, not by a payment resource: a B2C
// payout is "POST /mpesa/b2c/v{1,3}/paymentrequest", a business payment
// "POST /mpesa/b2b/v1/paymentrequest", a reversal "POST
// /mpesa/reversal/v1/request". A reversal's body carries an amount and a
// ReceiverParty, no payer or payee the body rule reads, so the product
// path says it. Each is deduped on the body's OriginatorConversationID:
// the same id sent again is the same request, so a retry must carry the
// id the first attempt carried; one drawn per attempt pays twice. The
// reads Daraja answers through the same callback scheme (account
// balance, transaction status, STK push query) move no money: their
// paths are not listed, so a fresh id on a retried query stays a label.

// darajaMoneyPaths: Daraja's products that move money (after /mpesa/).
var darajaMoneyPaths = []string{"mpesa/b2c", "mpesa/b2b", "mpesa/reversal"}

// darajaDedupeFields: the body field Daraja dedupes those requests on.
var darajaDedupeFields = []string{"OriginatorConversationID", "originator_conversation_id"}

func init() {
	resourceSegs = append(resourceSegs, darajaMoneyPaths...)
	referenceFields = append(referenceFields, darajaDedupeFields...)
}
