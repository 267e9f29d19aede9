// Package checkout serves Stripe Checkout: it starts sessions and handles
// the buyer's return from the payment page.
package checkout

import (
	"log"
	"net/http"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"

	"example.com/shop/orders"
)

// Handlers are the checkout HTTP handlers.
type Handlers struct {
	Orders  *orders.Store
	BaseURL string
}

// Register adds the checkout routes to mux.
func (h *Handlers) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /checkout/{order}", h.Start)
	mux.HandleFunc("GET /checkout/success", h.Success)
	mux.HandleFunc("GET /checkout/return", h.Return)
}

// Start creates a Checkout Session for an order and redirects to it.
func (h *Handlers) Start(w http.ResponseWriter, r *http.Request) {
	o, err := h.Orders.Get(r.PathValue("order"))
	if err != nil {
		http.Error(w, "no such order", http.StatusNotFound)
		return
	}
	params := &stripe.CheckoutSessionParams{
		Mode:              stripe.String(string(stripe.CheckoutSessionModePayment)),
		ClientReferenceID: stripe.String(o.ID),
		SuccessURL:        stripe.String(h.BaseURL + "/checkout/return?session_id={CHECKOUT_SESSION_ID}"),
		CancelURL:         stripe.String(h.BaseURL + "/cart"),
		LineItems: []*stripe.CheckoutSessionLineItemParams{{
			Quantity: stripe.Int64(1),
			PriceData: &stripe.CheckoutSessionLineItemPriceDataParams{
				Currency:   stripe.String(o.Currency),
				UnitAmount: stripe.Int64(o.AmountCents),
				ProductData: &stripe.CheckoutSessionLineItemPriceDataProductDataParams{
					Name: stripe.String("Order " + o.ID),
				},
			},
		}},
	}
	params.SetIdempotencyKey("checkout-" + o.ID)
	s, err := session.New(params)
	if err != nil {
		log.Printf("checkout %s: %v", o.ID, err)
		http.Error(w, "payment provider unavailable", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, s.URL, http.StatusSeeOther)
}

// Success is the page the buyer lands on after paying. It trusts the
// redirect_status query parameter, which anyone can type into the URL.
func (h *Handlers) Success(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	orderID := q.Get("order_id")
	if q.Get("redirect_status") != "succeeded" {
		http.Redirect(w, r, "/cart?payment=failed", http.StatusSeeOther)
		return
	}
	if err := h.Orders.MarkPaid(r.Context(), orderID, q.Get("payment_intent")); err != nil { // paylint: expect redirectfulfill
		http.Error(w, "unknown order", http.StatusNotFound)
		return
	}
	if err := h.Orders.Fulfill(r.Context(), orderID); err != nil { // paylint: expect redirectfulfill
		http.Error(w, "cannot fulfil order", http.StatusInternalServerError)
		return
	}
	w.Write([]byte("Thank you! Your order is on its way."))
}

// Return is the page the buyer lands on after paying. It reads the session
// from Stripe and fulfils only when Stripe says it is paid.
func (h *Handlers) Return(w http.ResponseWriter, r *http.Request) {
	s, err := session.Get(r.URL.Query().Get("session_id"), nil)
	if err != nil {
		http.Error(w, "unknown checkout session", http.StatusBadRequest)
		return
	}
	if s.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		w.Write([]byte("We are confirming your payment; you will get an email shortly."))
		return
	}
	paymentID := ""
	if s.PaymentIntent != nil {
		paymentID = s.PaymentIntent.ID
	}
	if err := h.Orders.MarkPaid(r.Context(), s.ClientReferenceID, paymentID); err != nil {
		http.Error(w, "unknown order", http.StatusNotFound)
		return
	}
	if err := h.Orders.Fulfill(r.Context(), s.ClientReferenceID); err != nil {
		http.Error(w, "cannot fulfil order", http.StatusInternalServerError)
		return
	}
	w.Write([]byte("Thank you! Your order is on its way."))
}
