package payment

import (
	"go/ast"
	"strings"
)

// ---- a gateway's status endpoint beside its payment endpoint ------------------
//
// UPI and wallet gateways name their endpoints by action, not resource:
// PhonePe pays with "POST /pg/v1/pay" and reads with "GET
// /pg/v1/status/{merchantId}/{merchantTransactionId}". The status read
// names no payment word; what makes it one is that it sits beside a
// payment write of the same package: the same API prefix (the write's
// path without its last segment), then "status" (or "state"), then only
// id holes. The id read is the last hole (the merchant's id comes
// first). A status path with no id, one followed by another word, a
// prefix that is only a version ("/v2/status/{job}"), or a prefix no
// payment write of the package shares reads no payment.

// siblingStatus returns the id a GET of p reads when p is P/status/{…}
// for the prefix P of a payment write of the package; nil otherwise.
func (b *builder) siblingStatus(p urlPath) ast.Expr {
	at := statusSegAt(p)
	if at < 0 {
		return nil
	}
	prefix := urlPath{Segs: p.Segs[:at]}
	if !namesSomething(prefix) {
		return nil
	}
	for _, w := range b.packageWrites() {
		if len(w.path.Segs) == at+1 && literalPrefix(w.path, prefix) {
			return p.Segs[len(p.Segs)-1].Hole.Expr
		}
	}
	return nil
}

// statusSegAt: the index of a literal status segment followed only by
// one or more holes with a known expression, -1 when there is none.
func statusSegAt(p urlPath) int {
	n := len(p.Segs)
	for i := n - 2; i >= 0; i-- {
		s := p.Segs[i]
		if s.Hole != nil {
			if s.Hole.Expr == nil {
				return -1
			}
			continue
		}
		if !statusSegs[strings.ToLower(s.Lit)] || strings.EqualFold(s.Lit, "details") {
			return -1
		}
		if h := p.Segs[n-1].Hole; h == nil || h.Expr == nil {
			return -1
		}
		return i
	}
	return -1
}

// literalPrefix: w's first len(prefix) segments are prefix's literals.
func literalPrefix(w, prefix urlPath) bool {
	for i, s := range prefix.Segs {
		ws := w.Segs[i]
		if s.Hole != nil || ws.Hole != nil || !strings.EqualFold(s.Lit, ws.Lit) {
			return false
		}
	}
	return true
}
