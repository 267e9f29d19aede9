// Command posters serves a poster shop on chi. Its checkout page confirms
// the card with Stripe.js in the browser and then posts the form (the
// PaymentIntent's id, the amount shown) to a success page.
package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"succeededpage/cards"
	"succeededpage/sales"
)

type shop struct {
	gateway       *cards.Gateway
	db            *sales.Store
	webhookSecret string
	receipts      map[string]checkoutResult
}

func main() {
	s := &shop{gateway: &cards.Gateway{}, db: &sales.Store{}, receipts: map[string]checkoutResult{}}
	mux := chi.NewRouter()
	mux.Post("/posters/payment-succeeded", s.paymentSucceeded)
	mux.Post("/prints/payment-succeeded", s.printPaymentSucceeded)
	mux.Post("/frames/payment-succeeded", s.framePaymentSucceeded)
	mux.Get("/receipt", s.receipt)
	mux.Post("/checkout/complete", s.checkoutComplete)
	mux.Get("/checkout/success", s.checkoutSuccess)
	mux.Post("/stripe/webhook", s.stripeWebhook)
	http.ListenAndServe(":8080", mux)
}
