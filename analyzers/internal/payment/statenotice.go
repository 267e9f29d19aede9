package payment

import "strings"

// ---- a payment word under another system's collection -------------------------
//
// A hotel tells its property-management system that a folio was refunded:
//
//	body, _ := json.Marshal(map[string]string{"reservation": ref, "folio_status": "refunded"})
//	http.Post(pmsURL+"/folios/refund", "application/json", bytes.NewReader(body))
//
// The path's "refund" follows a collection of another business object
// (folios, bookings, tickets) and the body carries that object's status
// and no sum: the request notifies a state, it moves no money, and sending
// it twice sets the same state twice. Recognised when the first payment
// word of the path follows (directly or past one id) a literal plural
// segment that names no payment resource, and the body's fields are known,
// include a status or state, and name no amount, total, price or value.
// A refund of a payment (/payments/{id}/refund, /charges/{id}/refunds), a
// gateway's action path (/pg/v1/refund), a URL the configuration names,
// and any body with a sum or with fields not seen stay payment writes.

// stateNotice reports whether a write to p by s only notifies another
// system of an object's state. httpOp is to drop such a write right after
// classifyHTTP:
//
//	if kind.Has(Write) && b.stateNotice(s, p) {
//		kind, id, idParam = 0, nil, -1
//	}
func (b *builder) stateNotice(s *httpSend, p urlPath) bool {
	if !underOtherCollection(p, b.paymentURLs) {
		return false
	}
	fs := b.sendFields(s)
	if len(fs) == 0 {
		return false
	}
	status := false
	for n := range fs {
		if sumField(n) {
			return false
		}
		status = status || n == "status" || n == "state" || strings.HasSuffix(n, "status") || strings.HasSuffix(n, "state")
	}
	return status
}

// underOtherCollection: the first payment word of p follows a literal
// plural segment (past at most one id) that is no payment resource, and
// no configured payment URL matches.
func underOtherCollection(p urlPath, extra []string) bool {
	if configuredPath(p, extra) {
		return false // the configuration names this path
	}
	first, ok := firstResource(p, nil)
	if !ok {
		return false
	}
	j := first - 1
	if j >= 0 && p.Segs[j].Hole != nil {
		j--
	}
	if j < 0 || p.Segs[j].Hole != nil {
		return false
	}
	lit := strings.ToLower(p.Segs[j].Lit)
	return len(lit) >= 4 && strings.HasSuffix(lit, "s") && !strings.HasSuffix(lit, "ss") &&
		!isResourceLit(lit) && !isReadResource(lit) && !moneySeg(lit)
}

// configuredPath: the configuration's payment URLs (extra) name p.
func configuredPath(p urlPath, extra []string) bool {
	if len(extra) == 0 {
		return false
	}
	withConfig, _ := resourceMatch(p, extra)
	builtin, _ := resourceMatch(p, nil)
	return withConfig != builtin
}

// isReadResource: lit names a payment resource when read (transactions).
func isReadResource(lit string) bool {
	for _, r := range readResourceSegs {
		if r == lit {
			return true
		}
	}
	return false
}

// moneySeg: a collection whose objects hold or move money themselves
// (wallets, accounts, balances, subscriptions, mandates): a payment word
// under it may be a real debit.
func moneySeg(lit string) bool {
	for _, w := range []string{"wallet", "account", "balance", "subscription", "mandate", "card", "customer", "merchant", "payment", "charge", "refund", "payout", "invoice", "bill"} {
		if strings.Contains(lit, w) {
			return true
		}
	}
	return false
}

// sumField: a normalised body field that carries a sum of money.
func sumField(n string) bool {
	if amountFields[n] {
		return true
	}
	for _, w := range []string{"amount", "total", "price", "value", "cents", "minor", "sum", "fee", "money"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}
