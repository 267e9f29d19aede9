package payment

import (
	"go/ast"
	"strings"
)

// idParam matches query parameter names that carry one payment's id.
var idParam = lazyRE(`(?i:^([a-z_]*_)?id$)|^[a-z]+Id$`)

// payment resource segments (lower case). Two-segment resources are
// written with a slash.
var resourceSegs = []string{
	"payments", "payment", "pay", "charges", "payment_intents", "paymentintents", "payment-intents",
	"checkout/sessions", "refunds", "payouts", "transfers", "settlements",
	"captures", "orders", "invoices", "confirm",
	// One payment resource named in the singular (GET /v1/invoice/{id},
	// /transaction/{id}, /order/{id}/status), as small providers and
	// in-house payment services do, with the plural forms' meaning.
	"invoice", "transaction", "order",
	// Stripe metered billing ("POST /v1/subscription_items/{id}/usage_records":
	// a duplicate record is billed on the next invoice); Mercado Pago
	// marketplace splits ("POST /v1/advanced_payments/{id}/disbursements");
	// money sent out of a balance (exchanges, wallets).
	"usage_records", "advanced_payments", "disbursements", "disbursement", "withdrawals",
	// Money pulled from or sent by bank rails (voc_debits.go): debits
	// against a mandate, ACH and wire transfers, bank payment orders.
	"debits", "direct_debits", "directdebits", "ach_debits", "ach_transfers", "wire_transfers",
	"payment_orders",
	// Square Terminal's checkout: a card payment taken on a reader
	// ("POST /v2/terminals/checkouts", read back by its id).
	"terminals/checkouts",
	// A debit executed against a mandate (UPI Autopay's "POST
	// /v3/recurring/debit/execute"), a refund asked of a gateway that names
	// its endpoints by action ("POST /pg/v1/refund"), a payment link: a
	// payable object the buyer pays like an order (Razorpay, Cashfree,
	// Stripe "/v1/payment_links").
	"debit", "refund", "payment_links", "paymentlinks", "payment-links",
	// Open banking payment initiation (PSD2 PISP, UK Open Banking): an
	// initiation submitted or executed moves money from the payer's bank
	// account; its consent (".../domestic-payment-consents", "/consents")
	// authorises it and moves none.
	"payment-initiations", "payment_initiations", "paymentinitiations",
	"domestic-payments", "international-payments",
	"domestic-scheduled-payments", "international-scheduled-payments",
}

// readResourceSegs name a payment resource only when read: GET
// /transactions/{id} reads the state of one payment transaction (PSPs'
// and gateways' transaction APIs), while a POST to "transactions" is a
// payment write only by its body (op_bodyfields.go): many APIs record
// other things under that word. The same holds for a card reader's or a
// hosted page's checkout (SumUp "GET /v0.1/checkouts/{id}", a reader
// vendor's "/merchants/{m}/checkouts/{id}": PENDING, PAID, FAILED), and
// for a Pix charge of the BACEN API Pix that every Brazilian PSP serves
// ("GET /v2/cob/{txid}", "/v2/cobv/{txid}": ATIVA, CONCLUIDA,
// REMOVIDA_*): read by its id it is one payment's state; what a POST or
// PUT there does is left to its body.
var readResourceSegs = []string{"transactions", "checkouts", "cob", "cobv"}

// actionSegs follow a payment resource and act on an existing one.
var actionSegs = map[string]bool{
	"confirm": true, "capture": true, "captures": true, "refund": true, "refunds": true,
	"cancel": true, "void": true, "expire": true, "reverse": true, "reversals": true,
	"authorize": true, "complete": true, "execute": true, "pay": true, "retry": true,
	"approve": true, "settle": true, "increment_authorization": true, "reject": true,
}

// statusSegs may follow the id in a status read.
var statusSegs = map[string]bool{"status": true, "state": true, "details": true}

// needsCompanion are resource words that only name a payment next to
// another payment resource ("/v1/pay/confirm", not "/v1/email/confirm").
var needsCompanion = map[string]bool{"confirm": true, "captures": true}

// resourceMatch finds the payment resource in a path: the index of the
// last segment of the last resource match, and whether it matched at all.
func resourceMatch(p urlPath, extra []string) (last int, ok bool) {
	last = -1
	lits := make([]string, len(p.Segs))
	for i, s := range p.Segs {
		if s.Hole == nil {
			lits[i] = segForm(s.Lit) // either separator (segform.go)
		}
	}
	strong := false
	try := func(res string, companion bool) {
		parts := strings.Split(strings.Trim(strings.ToLower(segForm(res)), "/"), "/")
		for i := 0; i+len(parts) <= len(lits); i++ {
			match := true
			for k, part := range parts {
				if lits[i+k] != part {
					match = false
					break
				}
			}
			if match {
				end := i + len(parts) - 1
				if end > last {
					last = end
				}
				if !companion {
					strong = true
				}
			}
		}
	}
	for _, r := range resourceSegs {
		try(r, needsCompanion[r])
	}
	for _, r := range extra {
		if r != "" {
			try(r, false)
		}
	}
	return last, strong && last >= 0
}

// classifyHTTP decides what an HTTP call with a known method and URL does
// to a payment. kind 0 means it is not a payment op.
func classifyHTTP(method string, p urlPath, writeMethods []string, extra []string) (kind Kind, id ast.Expr, idParam int) {
	idParam = -1
	if ok, cid, cp := callerKeyedCreate(method, p); ok {
		return Create, cid, cp // a Pix charge created at its txid (callerkeyedcreate.go)
	}
	if strings.EqualFold(method, "GET") {
		extra = append(extra[:len(extra):len(extra)], readResourceSegs...)
	}
	last, ok := resourceMatch(p, extra)
	if !ok {
		last, ok = ownerScopedMatch(p) // "/subscriptions/{id}/charge" (op_words.go)
	}
	if !ok {
		last, ok = compoundMatch(p) // "/v2/instant-payments" (compound.go)
	}
	if !ok || searchEngineAPI(p) {
		return 0, nil, -1
	}
	// The id: the first hole after the first resource segment.
	firstRes, _ := firstResource(p, extra)
	if reportOfPayments(p, firstRes) {
		return 0, nil, -1 // "/reports/settlements": a report asked for (reportpath.go)
	}
	idAt := -1
	for i := firstRes + 1; i < len(p.Segs); i++ {
		if h := p.Segs[i].Hole; h != nil {
			id, idParam, idAt = h.Expr, h.Param, i
			break
		}
	}
	method = strings.ToUpper(method)
	isWrite := false
	for _, m := range writeMethods {
		if m == method {
			isWrite = true
		}
	}
	isWrite = isWrite || putMovesMoney(method, p, last) // voc_put.go
	switch {
	case isWrite:
		if readAction(p, last) || annotates(p, last) || notifies(p) || docOnly(p, last, extra) || bookedDebit(p, last) {
			return 0, nil, -1 // an invoice written, a debit booked (voc_docs.go, voc_debits.go)
		}
		kind = Write
		if method == "POST" && createsAt(p, last) {
			kind |= Create
		}
		if payableSegs[p.Segs[last].Lit] {
			kind &= Create // a payment link opened, no money moved (payable.go)
			if kind == 0 {
				return 0, nil, -1
			}
		}
	case method == "GET":
		if id == nil {
			for _, q := range p.Query {
				if q.Expr != nil {
					id, idParam = q.Expr, q.Param
					break
				}
			}
		}
		if id == nil {
			return 0, nil, -1
		}
		// GET /v1/payments/{id}, /v1/payments/{id}/status, /v1/orders/{id}/payments
		// read a payment's state; /v1/orders/{id}/items does not.
		for i := idAt + 1; idAt >= 0 && i < len(p.Segs); i++ {
			if l := p.Segs[i].Lit; p.Segs[i].Hole == nil && !statusSegs[l] && !isResourceLit(l) && !readAfterID(p, idAt, i) {
				return 0, nil, -1
			}
		}
		kind = StatusRead
	default:
		return 0, nil, -1
	}
	return kind, id, idParam
}

// readSegs follow a payment resource in a POST that only reads or checks:
// a search or query whose filter is in the body ("/v1/payments/search"),
// a validation or fee estimate made before paying, an export of a report.
var readSegs = map[string]bool{
	"search": true, "query": true, "list": true, "count": true, "lookup": true,
	"validate": true, "validation": true, "validations": true, "preview": true,
	"estimate": true, "quote": true, "calculate": true, "export": true, "exports": true,
	"report": true, "reports": true,
}

// readAction reports whether a write's path continues past its payment
// resource with a literal read action segment, or one that closes an
// unpaid order: words of run-together segments count (voc_words.go:
// "/pay/orderquery", "/pay/closeorder").
func readAction(p urlPath, last int) bool {
	for i := last + 1; i < len(p.Segs); i++ {
		if s := p.Segs[i]; s.Hole == nil && (readsSeg(s.Lit) || closesSeg(s.Lit)) {
			return true
		}
	}
	return false
}

// annotationSegs follow a payment in a POST that records something about
// it without moving money: a note, tags, a receipt e-mail, dispute
// evidence, an attachment.
var annotationSegs = map[string]bool{
	"notes": true, "note": true, "comments": true, "comment": true, "tags": true, "labels": true,
	"metadata": true, "attachments": true, "documents": true, "files": true, "evidence": true,
	"receipts": true, "receipt": true, "email": true, "emails": true, "notifications": true,
	"audit": true, "logs": true,
}

// annotates reports whether a write's path continues past its payment
// resource with an annotation segment ("/v1/payments/{}/notes").
func annotates(p urlPath, last int) bool {
	for i := last + 1; i < len(p.Segs); i++ {
		if s := p.Segs[i]; s.Hole == nil && annotationSegs[strings.ToLower(s.Lit)] {
			return true
		}
	}
	return false
}

// eventSegs name an event or notification intake: a POST to
// "/webhooks/payments", "/v1/events/payments" or "/notify/payment" tells
// another service about a payment, it does not write one.
var eventSegs = map[string]bool{
	"webhooks": true, "webhook": true, "hooks": true, "events": true, "event": true,
	"notify": true, "notifications": true, "callbacks": true, "callback": true,
}

// notifies reports whether a path has an event or notification segment.
func notifies(p urlPath) bool {
	for _, s := range p.Segs {
		if s.Hole == nil && eventSegs[strings.ToLower(s.Lit)] {
			return true
		}
	}
	return false
}

// searchEngineAPI reports whether a path is a search engine's or document
// store's API on an index named after payments: Elasticsearch/OpenSearch
// ("/payments/_doc", "/payments/_bulk", "/payments/_search") and CouchDB
// ("/payments/_bulk_docs") mark their endpoints with a leading underscore,
// which no payment provider's path segment has.
func searchEngineAPI(p urlPath) bool {
	for _, s := range p.Segs {
		if s.Hole == nil && strings.HasPrefix(s.Lit, "_") {
			return true
		}
	}
	return false
}

// createsAt: a POST whose path ends at the resource (a collection), or
// continues only with literal, non-action segments ("/payments/card").
func createsAt(p urlPath, last int) bool {
	if needsCompanion[p.Segs[last].Lit] {
		return false
	}
	if actionSegs[p.Segs[last].Lit] {
		// "/payments/{}/refunds", "/pay/confirm": acts on an existing payment.
		for i := 0; i < last; i++ {
			if p.Segs[i].Hole != nil || isResourceLit(p.Segs[i].Lit) {
				return false
			}
		}
	}
	for i := last + 1; i < len(p.Segs); i++ {
		s := p.Segs[i]
		if s.Hole != nil || actionSegs[s.Lit] {
			return false
		}
	}
	return true
}

func isResourceLit(s string) bool {
	for _, r := range resourceSegs {
		if segForm(r) == segForm(s) {
			return true
		}
	}
	return false
}

// firstResource returns the index of the last segment of the first
// payment resource in the path.
func firstResource(p urlPath, extra []string) (int, bool) {
	best := -1
	for i := range p.Segs {
		sub := urlPath{Segs: p.Segs[:i+1]}
		if last, ok := resourceMatch(sub, extra); ok && last == i {
			best = i
			break
		}
	}
	return best, best >= 0
}
