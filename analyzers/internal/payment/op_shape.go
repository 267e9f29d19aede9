package payment

import (
	"go/ast"
	"strings"
)

// ---- payment writes known by what they carry ----------------------------------
//
// Many payment APIs name no payment resource in their paths: Daraja's STK
// push is "POST /mpesa/stkpush/v1/processrequest", Paystack's payout is
// "POST /transfer", a UPI PSP's is "POST /v1/upi/collect". What they send
// says what they do: an amount together with a payer or a recipient, or
// with the merchant's reference and a currency. A price on a product, a quantity on a cart line or a value
// on an analytics event carries no payer, recipient or reference, and
// catalogue, cart, quote and analytics paths are kept out whatever the
// body carries.

// amountFields are the (normalised) names of a sum of money to pay.
var amountFields = map[string]bool{
	"amount": true, "amountcents": true, "amountkobo": true, "amountpaise": true, "amountminor": true,
	"totalamount": true, "transamount": true, "txnamount": true, "transactionamount": true,
	"paymentamount": true, "chargeamount": true, "transferamount": true, "payamount": true,
	"orderamount": true,
}

// partyFields name who pays or who is paid (normalised): enough, next
// to an amount, to make a body a payment's.
var partyFields = map[string]bool{
	// the payer's or payee's phone (mobile money)
	"phone": true, "phonenumber": true, "msisdn": true, "mobilenumber": true,
	"partya": true, "partyb": true, "payer": true, "payee": true,
	// UPI virtual payment addresses
	"vpa": true, "payervpa": true, "payeevpa": true,
	// a recipient or beneficiary of a transfer
	"recipient": true, "recipientcode": true, "beneficiary": true,
	"accountreference": true,
	// where a custodian sends the funds (Fireblocks: destination, BitGo:
	// address)
	"destination": true, "destinationaddress": true,
}

// referenceNames are the merchant's reference for a payment (normalised).
// A ledger entry carries an amount and a reference too, so a reference
// counts only next to a currency: what a provider's payment carries.
var referenceNames = map[string]bool{
	"reference": true, "txref": true, "externalid": true, "externalreference": true,
	"merchantreference": true, "paymentreference": true, "transactionreference": true,
	"outtradeno": true, "outbizno": true,
	// Razorpay payment links, Cashfree and PayPal purchase units: the
	// merchant's reference_id (a note to the provider, not a dedupe key:
	// realkeys.go leaves it out).
	"referenceid": true,
	// SumUp checkouts (and the reader APIs built like them): the
	// merchant's checkout_reference, unique per checkout.
	"checkoutreference": true,
}

// offPaymentSegs are path segments of APIs that are not payments even
// when their bodies carry an amount: catalogues, carts, quotes, analytics.
var offPaymentSegs = map[string]bool{
	"search": true, "catalog": true, "catalogue": true, "products": true, "product": true,
	"prices": true, "price": true, "pricing": true, "cart": true, "carts": true, "basket": true,
	"quote": true, "quotes": true, "rates": true, "shipping": true, "shipments": true,
	"analytics": true, "metrics": true, "track": true, "tracking": true, "stats": true,
	"reports": true, "budgets": true, "budget": true, "inventory": true,
	// the merchant's own bookkeeping
	"ledger": true, "ledgers": true, "journal": true, "journals": true, "accounting": true,
}

// paymentBody: the body carries an amount (or a value next to its
// currency) and a payer or recipient, or a reference next to a currency.
func paymentBody(fs bodyFieldSet) bool {
	amount := false
	for n := range fs {
		if amountFields[n] {
			amount = true
		}
	}
	_, cur := fs["currency"]
	_, object := fs[moneyCurrency] // an amount object with its currency (moneyobject.go)
	cur = cur || object
	_, code := fs["currencycode"]
	if !amount {
		_, value := fs["value"]
		amount = value && (cur || code)
	}
	if !amount {
		return false
	}
	for n := range fs {
		if partyFields[n] || (referenceNames[n] && (cur || code)) {
			return true
		}
	}
	return false
}

// offPaymentPath: the path names a catalogue, cart, quote, analytics,
// search, read-only, annotation or event API.
func offPaymentPath(p urlPath) bool {
	if searchEngineAPI(p) || notifies(p) {
		return true
	}
	for _, s := range p.Segs {
		l := strings.ToLower(s.Lit)
		if s.Hole == nil && (offPaymentSegs[l] || readSegs[l] || annotationSegs[l] || booksCompound(l)) {
			return true
		}
	}
	return false
}

// booksCompound: a segment of several words whose head word names the
// merchant's own books ("sales-journal", "general_ledger"): a line
// recorded in accounting, whatever it carries, moves no money.
func booksCompound(seg string) bool {
	words := strings.FieldsFunc(seg, func(r rune) bool { return r == '-' || r == '_' })
	if len(words) < 2 {
		return false
	}
	switch words[len(words)-1] {
	case "ledger", "ledgers", "journal", "journals", "accounting", "bookkeeping":
		return true
	}
	return false
}

// shapeWrite classifies a write-method request that names no payment
// resource by its body: Write, and Create when the path names no
// existing object (no hole in it); 0 when the body is not a payment's.
func (b *builder) shapeWrite(s *httpSend, p urlPath) Kind {
	if k := b.docWrite(s, p, b.paymentURLs); k != 0 {
		return k // an invoice that asks for a sum (voc_docs.go)
	}
	if !b.methodCanWrite(strings.ToUpper(s.Method)) || len(p.Segs) == 0 || offPaymentPath(p) {
		return 0
	}
	if fs := b.sendFields(s); !paymentBody(fs) && !transactionBody(p, fs) && !payerBody(fs) && !invoicePay(fs) && !langMoneyBody(fs) { // minorbody.go, lnpay.go, moneybody_lang.go
		return 0
	}
	post := strings.ToUpper(s.Method) == "POST"
	if post && ownedCollection(p) {
		return Write | Create // "/v1/merchants/{m}/checkouts": a checkout made for the merchant
	}
	for _, sg := range p.Segs {
		if sg.Hole != nil || actionSegs[sg.Lit] {
			return Write
		}
	}
	if post {
		return Write | Create
	}
	return Write
}

// shapeOp classifies a send whose URL names no payment resource, by what
// it sends (shapeWrite) or by the payment write it reads back
// (op_reads.go). It returns the kind and the id of the payment read.
func (b *builder) shapeOp(s *httpSend, p urlPath, decl *ast.FuncDecl) (Kind, ast.Expr) {
	if k := b.shapeWrite(s, p); k != 0 {
		return k, nil
	}
	return b.readBack(s, p, decl)
}

// ownedCollection: the path ends with a collection that names a payment
// resource by its method alone (readResourceSegs: checkouts,
// transactions), after the id of its owner ("/v1/merchants/{m}/checkouts",
// a reader API's checkouts of one merchant): a POST there, with a
// payment's body, makes a new one in the collection, as a POST to
// "/v1/checkouts" does. No action follows the owner's id.
func ownedCollection(p urlPath) bool {
	n := len(p.Segs)
	if n == 0 || p.Segs[n-1].Hole != nil {
		return false
	}
	owned := false
	for _, sg := range p.Segs[:n-1] {
		switch {
		case sg.Hole != nil:
			owned = true
		case actionSegs[sg.Lit]:
			return false
		}
	}
	if !owned {
		return false
	}
	for _, r := range readResourceSegs {
		if segForm(r) == segForm(p.Segs[n-1].Lit) {
			return true
		}
	}
	return false
}
