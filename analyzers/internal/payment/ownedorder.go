package payment

import (
	"go/types"
	"strings"
)

// ---- an order handed to another business's system -------------------------------
//
// A delivery platform sends a paid order to the restaurant's till or
// kitchen printer:
//
//	p.rc.R().SetBody(map[string]any{"order_id": o.ID, "amount_minor": o.AmountMinor}).
//		Post("/restaurants/" + o.RestaurantID + "/orders")
//
// "orders" there is the restaurant's order book (a POS, a kitchen display,
// a venue's tab, a warehouse's picking list), not a payment order: the
// request carries the order's lines and its total for the ticket, and no
// money moves. A payment order (PayPal's /v2/checkout/orders, Razorpay's
// /v1/orders, an in-house PSP's /v1/orders) sits at the top of its API, or
// carries what a charge needs: a currency, a payer, a payment method, a
// money object.
//
// Recognised when a POST creates at an "orders"/"order" collection that is
// the path's only payment word (nothing acts on it after: no /pay,
// /capture), the collection follows another business object's collection
// (underOtherCollection: "restaurants/{id}/orders", "venues/{id}/orders";
// not customers, merchants, accounts, wallets or subscriptions, whose
// orders may debit them), the body's fields are known and carry no money
// semantics (moneyBody), and no literal host of the URL is a payment
// provider's. A configured payment URL keeps its meaning.

// orderSegs are the resource words this recognition may drop.
var orderSegs = map[string]bool{"orders": true, "order": true}

// providerHosts are payment providers' API hosts that take orders
// (a literal piece of the URL).
var providerHosts = []string{
	"stripe.com", "paypal.com", "razorpay.com", "cashfree.com", "squareup.com",
	"checkout.com", "klarna.com", "adyen.com", "mollie.com", "braintreegateway.com",
	"midtrans.com", "xendit.co", "mercadopago.com", "paystack.co", "flutterwave.com",
	"alipay.com", "mch.weixin.qq.com", "paytm.in", "phonepe.com", "payu.",
}

// moneyWords are words of a body field that make it a payment's: the
// currency, the instrument, the payer, a charge or capture asked for.
var moneyWords = []string{
	"currency", "payment", "paymethod", "charge", "capture", "card", "nonce",
	"iban", "accountnumber", "bankaccount", "wallet", "payer", "payee", "refund",
	"settle", "vpa", "msisdn",
}

// ownedOrder reports whether the write s to p only hands an order to
// another business's system. httpOp drops such a write right after
// classifyHTTP, beside stateNotice.
func (b *builder) ownedOrder(s *httpSend, p urlPath) bool {
	if !strings.EqualFold(s.Method, "POST") || len(p.Segs) == 0 {
		return false
	}
	last := len(p.Segs) - 1
	if p.Segs[last].Hole != nil || !orderSegs[strings.ToLower(segForm(p.Segs[last].Lit))] {
		return false
	}
	for i := 0; i < last; i++ {
		if l := p.Segs[i].Lit; p.Segs[i].Hole == nil && (isResourceLit(l) || isReadResource(l) || actionSegs[l]) {
			return false // another payment word: /payments/{id}/orders
		}
	}
	if providerHost(s.URL) || configuredPath(p, b.paymentURLs) {
		return false
	}
	fs := b.sendFields(s)
	if len(fs) == 0 || b.moneyBody(fs) {
		return false
	}
	return underOtherCollection(p, b.paymentURLs) || topLevel(p) && sumless(fs) // supplierorder.go
}

// moneyBody: the body carries what a charge needs: a payment body by
// op_shape.go's measure, a field naming a currency, an instrument, a
// payer or a payment, or a sum whose value is an object (an amount with
// its currency) or is not seen.
func (b *builder) moneyBody(fs bodyFieldSet) bool {
	if paymentBody(fs) {
		return true
	}
	for n, v := range fs {
		if partyFields[n] || referenceNames[n] {
			return true
		}
		for _, w := range moneyWords {
			if strings.Contains(n, w) {
				return true
			}
		}
		if !sumField(n) {
			continue
		}
		if v == nil {
			if minorUnits(n) {
				continue // total_cents: a count of minor units, a number
			}
			return true // a struct type's sum, its type unseen here
		}
		t := b.ix.info.TypeOf(v)
		if t == nil {
			return true
		}
		if _, basic := t.Underlying().(*types.Basic); !basic {
			return true // {"amount": {"currency": …, "value": …}}
		}
	}
	return false
}

// minorUnits: a normalised sum field counted in minor units.
func minorUnits(n string) bool {
	for _, u := range []string{"cents", "minor", "pence", "kobo", "paise"} {
		if strings.HasSuffix(n, u) {
			return true
		}
	}
	return false
}

// providerHost: a literal piece of the URL names a payment
// provider's host.
func providerHost(v strval) bool {
	for _, pc := range v {
		if pc.Hole {
			continue
		}
		l := strings.ToLower(pc.Lit)
		for _, h := range providerHosts {
			if strings.Contains(l, h) {
				return true
			}
		}
	}
	return billingHost(v)
}
