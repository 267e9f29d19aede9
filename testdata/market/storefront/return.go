// Package storefront serves the buyer's pages.
package storefront

import (
	"net/http"

	"example.com/market/internal/psp"
	"example.com/market/orders"
)

// Handler serves the return from the payment page.
type Handler struct {
	Orders *orders.Store
	PSP    *psp.Client
}

// Return trusts the status in the query string.
func (h *Handler) Return(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("status") != "succeeded" {
		http.Redirect(w, r, "/cart", http.StatusSeeOther)
		return
	}
	if err := h.Orders.MarkPaid(r.Context(), q.Get("order"), q.Get("charge")); err != nil { // paylint: expect redirectfulfill
		http.Error(w, "unknown order", http.StatusNotFound)
		return
	}
	w.Write([]byte("thanks"))
}

// ReturnChecked reads the charge from the provider first.
func (h *Handler) ReturnChecked(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	ch, err := h.PSP.GetCharge(r.Context(), q.Get("charge"))
	if err != nil || ch.Status != psp.StatusSucceeded {
		http.Redirect(w, r, "/cart", http.StatusSeeOther)
		return
	}
	if err := h.Orders.MarkPaid(r.Context(), q.Get("order"), ch.ID); err != nil {
		http.Error(w, "unknown order", http.StatusNotFound)
		return
	}
	w.Write([]byte("thanks"))
}
