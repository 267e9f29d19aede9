package payment

import "strings"

// ---- invoices as documents -----------------------------------------------------
//
// An invoice is a document before it is a payment: accounting systems
// (a supplier bill, a sales invoice mirrored into the books), billing
// back offices and invoicing tools create, edit, send and void invoices
// and no money moves. A request on an invoice moves money only when it
// pays, charges or collects it ("/invoices/{id}/pay",
// "/invoices/{id}/collect_payment", "/invoices/charge"), or when it
// creates an invoice that asks a payer for a sum (a hosted payment
// invoice whose body carries the amount to pay) or is made on a billing
// provider's API, which charges it by itself.

// docResources are the resource words that name a document.
var docResources = map[string]bool{"invoices": true, "invoice": true}

// docMoneyWords are the words of a segment after a document that pay,
// charge or collect it.
var docMoneyWords = map[string]bool{
	"pay": true, "payment": true, "payments": true, "charge": true, "charges": true,
	"collect": true, "capture": true, "refund": true, "refunds": true, "settle": true,
}

// billingHosts are billing providers whose invoices are charged by the
// provider once created (a literal host in the URL).
var billingHosts = []string{
	"api.stripe.com", ".chargebee.com", ".recurly.com", "api.xendit.co",
	"api.razorpay.com", "api.paddle.com",
}

// docOnly: the payment resource of p, ending at last, is a document, and
// no later literal segment pays, charges or collects it. Resources the
// configuration names keep their meaning.
func docOnly(p urlPath, last int, extra []string) bool {
	if last < 0 || !docResources[p.Segs[last].Lit] {
		return false
	}
	for _, r := range extra {
		if strings.EqualFold(strings.Trim(r, "/"), p.Segs[last].Lit) {
			return false
		}
	}
	for i := last + 1; i < len(p.Segs); i++ {
		if p.Segs[i].Hole != nil {
			continue
		}
		for _, w := range segWords(p.Segs[i].Lit) {
			if docMoneyWords[w] {
				return false
			}
		}
	}
	return true
}

// docWrite classifies a POST that creates a document (docOnly, ending at
// the collection): a payment create when its body carries an amount to
// pay or its URL names a billing provider's host; 0 otherwise.
func (b *builder) docWrite(s *httpSend, p urlPath, extra []string) Kind {
	if !strings.EqualFold(s.Method, "POST") {
		return 0
	}
	last, ok := resourceMatch(p, extra)
	if !ok || !docOnly(p, last, extra) || !createsAt(p, last) {
		return 0
	}
	if billingHost(s.URL) {
		return Write | Create
	}
	for n := range b.sendFields(s) {
		if amountFields[n] {
			return Write | Create
		}
	}
	return 0
}

// billingHost: a literal part of the URL names a billing provider's host.
func billingHost(v strval) bool {
	for _, pc := range v {
		if pc.Hole {
			continue
		}
		l := strings.ToLower(pc.Lit)
		for _, h := range billingHosts {
			if strings.Contains(l, h) {
				return true
			}
		}
	}
	return false
}
