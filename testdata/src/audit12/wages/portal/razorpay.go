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
	// audit: missed redirectfulfill: the Razorpay Checkout callback (the buyer's browser posting razorpay_payment_id) fetches the payment but only compares its order_id; its status (authorized, failed) is never checked, nor razorpay_signature, before MarkFeePaid (Exirom "never use the redirect as payment confirmation")
	if err := h.fees.MarkFeePaid(r.Context(), feeID, paymentID); err != nil { // want "\\[webhookverify\\] payment webhook /billing/fees/razorpay/callback acts on the payment \\(portal.FeeBook.MarkFeePaid\\) without verifying"
		http.Error(w, "could not record payment", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/billing/fees/"+feeID+"?paid=1", http.StatusSeeOther)
}
