package portal

import (
	"context"
	"net/http"
)

// FeeBook records India fee payments.
type FeeBook interface {
	MarkFeePaid(ctx context.Context, feeID, paymentID string) error
}

// razorpayCallback receives the form Razorpay Checkout posts after the
// employer pays a fee invoice.
func (h *Handler) razorpayCallback(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	paymentID := r.PostForm.Get("razorpay_payment_id")
	orderID := r.PostForm.Get("razorpay_order_id")
	feeID := r.URL.Query().Get("fee")
	p, err := h.rzp.Payment.Fetch(paymentID, nil, nil)
	if err != nil {
		http.Error(w, "payment lookup failed", http.StatusBadGateway)
		return
	}
	if p["order_id"] != orderID {
		http.Error(w, "order mismatch", http.StatusBadRequest)
		return
	}
	// audit: redirectfulfill owns this since checkoutreturn.go (rfb): the browser's callback_url form is a return page, not a webhook; the webhookverify finding here is gone
	if err := h.fees.MarkFeePaid(r.Context(), feeID, paymentID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
		http.Error(w, "could not record payment", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/billing/fees/"+feeID+"?paid=1", http.StatusSeeOther)
}
