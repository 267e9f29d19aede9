package checkout

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// AdminMarkPaid lets support staff settle an order paid by bank transfer
// at the box office.
func (h *Handlers) AdminMarkPaid(w http.ResponseWriter, r *http.Request) {
	if err := h.Orders.Fulfill(r.Context(), chi.URLParam(r, "ref")); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Routes mounts the checkout routes.
func (h *Handlers) Routes(r chi.Router, staffOnly func(http.Handler) http.Handler) {
	r.Post("/checkout/orders", h.PlaceOrder)
	r.Get("/orders/{ref}/complete", h.Complete)
	r.Get("/checkout/adyen/return", h.AdyenReturn)
	r.Get("/checkout/paypal/return", h.PayPalReturn)
	r.Post("/checkout/razorpay/callback", h.RazorpayCallback)
	r.With(staffOnly).Post("/admin/orders/{ref}/mark-paid", h.AdminMarkPaid)
}
