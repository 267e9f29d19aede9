package payment

import "strings"

// ---- an order of goods from a supplier ---------------------------------------
//
// A clinic orders a prescription's medication from its wholesaler:
//
//	body, _ := json.Marshal(map[string]string{"prescription": id})
//	http.NewRequestWithContext(ctx, "POST", p.Base+"/v2/orders", bytes.NewReader(body))
//
// The path is a payment API's (PayPal's /v2/checkout/orders, Razorpay's
// /v1/orders), but a payment order always says how much: PayPal's
// purchase_units carry an amount, Razorpay requires amount and currency,
// an in-house PSP's order its sum. An order whose known body names no sum
// at all, and nothing moneyBody counts (currency, instrument, payer,
// payment, party or reference), orders goods, not money: a supplier's
// purchase order. A body not seen, a provider's host or a configured
// payment URL keep the path's meaning (ownedOrder).

// sumless reports whether no field of the body carries a sum or what
// a checkout prices server-side (a cart, a basket, a plan).
func sumless(fs bodyFieldSet) bool {
	for n := range fs {
		if sumField(n) {
			return false
		}
		for _, w := range []string{"cart", "basket", "checkout", "plan", "price", "sku"} {
			if strings.Contains(n, w) {
				return false
			}
		}
	}
	return true
}

// topLevel: the order collection sits at the top of its API: nothing
// before it but literal version or api segments (/v2/orders,
// /api/v1/orders); under a customer or an account it may debit them.
func topLevel(p urlPath) bool {
	last := len(p.Segs) - 1
	for i := 0; i < last; i++ {
		l := strings.ToLower(p.Segs[i].Lit)
		if p.Segs[i].Hole != nil || !(l == "api" || len(l) >= 2 && l[0] == 'v' && strings.Trim(l[1:], "0123456789") == "") {
			return false
		}
	}
	return true
}
