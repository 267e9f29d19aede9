package handler

import (
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a return page releasing the order through a port bound in main ---------------
//
// pageports.go records a return page's unchecked calls of a port its
// package holds, to be judged where main binds the port. Two shapes
// fell between the rules:
//
//	package web:   type Orders interface{ Release(ctx, ref string) error }
//	               tx, err := h.ps.Verify(c, ref); if err != nil { … }   // tx.Status never tested
//	               h.orders.Release(c, tx.Reference)
//	               if c.Query("status") == "successful" { h.orders.Release(ctx, ref) }
//	package store: func (s *Orders) Release(…) { …Updates(map[string]any{"status": "released", …}) }
//	package main:  web.NewReturns(ps, store.NewOrders(db), tmpl)
//
//   - The page's package imports the store for another page (Checkout holds
//     a *store.Orders), so the implementation was "in sight" and the port
//     call was dropped, though nothing in the page's package binds it to
//     the interface and nothing judged it there either (the page's own
//     effects look at this package's implementations only). The call is
//     a wired call (wireseen.go's wireUnexplained): main judges it.
//     A page reading the payment (readpages.go) lost its call the
//     same way: a read whose status is never tested (a Paystack verify
//     answers 200 with data.status "abandoned" or "failed": a nil error
//     is not paid) guards nothing.
//   - The bound method stores a state past paid, not a paid word: the
//     order row's status becomes "released" (or shipped, dispatched,
//     delivered): what was bought is handed over. Only an order's or a
//     purchase's row counts: a booking or a reservation "released" is
//     freed, the opposite (r19returnurl's Abandoned page).
//
// Precision: the call must still be unguarded by any status test (the
// query's status counts as none, the provider's status does), the page a
// return page, every value main binds must store such a state, and a
// page whose read is tested (inline or through a helper erring unless
// paid) records nothing.

// unexplained: no implementation of c's method this package uses
// explains the call: none in sight, or only types of imported packages
// nothing here binds to the interface (wireseen.go).
func (fx *ifaceFx) unexplained(c ifaceCall) bool {
	return fx.m.wireUnexplained(c, &fx.wires, &fx.wired)
}

// handOverValues are order states past paid: the goods handed over.
var handOverValues = []string{"released", "shipped", "dispatched", "delivered"}

// orderRows are the rows whose hand-over state is the buyer's goods;
// a booking, reservation or hold "released" is freed instead.
var orderRows = []string{"order", "orders", "purchase", "purchases"}

// issuedValues are the states of a bought voucher made usable: a gift
// card or a voucher "issued" (or activated) is the goods themselves
// handed over, where an invoice "issued" is only a bill sent. (A
// voucher row may be a promotion code, given away.)
var issuedValues = []string{"issued", "activated", "active"}

// voucherRows are the rows that are themselves what was bought.
var voucherRows = []string{"giftcard"}

// billRows are payment rows that are a bill or the payment itself, not
// what was bought: an invoice "issued" is a bill sent, whatever number
// is drawn for it.
var billRows = []string{"invoice", "invoices", "bill", "bills", "payment", "payments", "charge", "charges",
	"transaction", "transactions", "checkout", "checkouts", "cart", "carts", "refund", "refunds"}

// handOver describes what fn stores when it sets an order row's status
// to a hand-over value, or a bought voucher's to issued
// (StatusValueFact, payment/statusvalue.go); "" otherwise. A bought row
// of another kind (a gift membership, a pass) set "issued" counts when
// fn also hands back a code it draws afresh (FreshFact): the redemption
// code of what was bought is given out.
func (w *wiring) handOver(fn *types.Func) string {
	f := w.fx.m.info.StatusValueOf(fn)
	if f == nil || !payment.PaymentRow(f.Table) || hasWord(words(f.Col), "status", "state") == "" {
		return ""
	}
	v := strings.ToLower(f.Value)
	for _, t := range f.Table {
		switch {
		case slices.Contains(orderRows, t) && slices.Contains(handOverValues, v):
			return "order status " + strconv.Quote(f.Value) + " stored (what was bought handed over)"
		case slices.Contains(voucherRows, t) && slices.Contains(issuedValues, v):
			return strings.Join(f.Table, "_") + " status " + strconv.Quote(f.Value) + " stored (the voucher bought made usable)"
		}
	}
	if (v == "issued" || v == "activated") && !slices.ContainsFunc(f.Table, func(t string) bool { return slices.Contains(billRows, t) }) &&
		w.fx.m.info.ReturnsFresh(fn) {
		return strings.Join(f.Table, "_") + " status " + strconv.Quote(f.Value) + " stored and a fresh code handed back (the redemption code of what was bought given out)"
	}
	return ""
}
