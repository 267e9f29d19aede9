package checkout

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// Complete is where the Drop-in sends the shopper once onPaymentCompleted
// fires.
func (h *Handlers) Complete(w http.ResponseWriter, r *http.Request) {
	ref := chi.URLParam(r, "ref")
	result := r.URL.Query().Get("resultCode")
	if result == "Authorised" {
		if err := h.Orders.Fulfill(r.Context(), ref); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(resultCode\\) without reading the payment.s status from the provider"
			h.Log.Error("fulfil", "ref", ref, "err", err)
		}
	}
	h.render(w, "complete.html", map[string]string{"Ref": ref, "Result": result})
}

// AdyenReturn is the returnUrl of redirect payment methods.
func (h *Handlers) AdyenReturn(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	ref := q.Get("ref")
	o, err := h.Store.ByRef(r.Context(), ref)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	res, err := h.Adyen.SubmitDetails(r.Context(), q.Get("redirectResult"))
	if err != nil || res.PSPRef != o.PSPRef {
		h.render(w, "retry.html", map[string]string{"Ref": ref})
		return
	}
	switch res.ResultCode {
	case "Authorised":
		if err := h.Orders.Fulfill(r.Context(), ref); err != nil {
			h.Log.Error("fulfil", "ref", ref, "err", err)
		}
		h.render(w, "complete.html", map[string]string{"Ref": ref, "Result": res.ResultCode})
	case "Pending", "Received":
		h.render(w, "processing.html", map[string]string{"Ref": ref})
	default:
		h.render(w, "failed.html", map[string]string{"Ref": ref})
	}
}

// PayPalReturn is the return_url of PayPal orders.
func (h *Handlers) PayPalReturn(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	ref := q.Get("ref")
	order, err := h.PayPal.Order(r.Context(), q.Get("token"))
	if err != nil {
		h.render(w, "retry.html", map[string]string{"Ref": ref})
		return
	}
	if err := h.Store.SetPSPRef(r.Context(), ref, order.ID); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	if err := h.Orders.Fulfill(r.Context(), ref); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
		h.Log.Error("fulfil", "ref", ref, "err", err)
	}
	h.render(w, "complete.html", map[string]string{"Ref": ref, "Result": order.Status})
}

// RazorpayCallback is checkout.js's callback_url.
func (h *Handlers) RazorpayCallback(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	ref := r.URL.Query().Get("ref")
	paymentID, rzOrder := r.PostForm.Get("razorpay_payment_id"), r.PostForm.Get("razorpay_order_id")
	o, err := h.Store.ByRef(r.Context(), ref)
	if err != nil || o.PSPRef != rzOrder {
		http.NotFound(w, r)
		return
	}
	if !h.Razorpay.CheckoutSignature(rzOrder, paymentID, r.PostForm.Get("razorpay_signature")) {
		http.Error(w, "invalid signature", http.StatusBadRequest)
		return
	}
	captured, err := h.Razorpay.Captured(r.Context(), paymentID)
	if err != nil {
		h.render(w, "retry.html", map[string]string{"Ref": ref})
		return
	}
	if !captured {
		h.render(w, "processing.html", map[string]string{"Ref": ref})
		return
	}
	if err := h.Orders.Fulfill(r.Context(), ref); err != nil {
		h.Log.Error("fulfil", "ref", ref, "err", err)
	}
	h.render(w, "complete.html", map[string]string{"Ref": ref})
}
