// Package chain: a verifying middleware applied through a local chain
// helper (as alice or a hand-written Chain does) and through chi
// r.Method / Mount of a sub-router.
package chain

import (
	"bytes"
	"encoding/json"
	"io"
	"log"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/stripe/stripe-go/v82/webhook"
)

type Middleware func(http.Handler) http.Handler

// Chain applies mws so that the first is outermost.
func Chain(h http.Handler, mws ...Middleware) http.Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.Printf("%s %s", r.Method, r.URL.Path)
		next.ServeHTTP(w, r)
	})
}

func verifyStripe(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if err := webhook.ValidatePayload(body, r.Header.Get("Stripe-Signature"), "whsec"); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

type Orders struct{}

func (Orders) FulfillOrder(id string) error { return nil }

var orders Orders

func paymentWebhook(w http.ResponseWriter, r *http.Request) {
	var ev struct{ OrderID string }
	_ = json.NewDecoder(r.Body).Decode(&ev)
	_ = orders.FulfillOrder(ev.OrderID)
}

func Routes(mux *http.ServeMux) {
	mux.Handle("POST /webhooks/stripe", Chain(http.HandlerFunc(paymentWebhook), logRequests, verifyStripe))
}

func Chi(r chi.Router) {
	r.With(logRequests, verifyStripe).Method(http.MethodPost, "/stripe/webhook", http.HandlerFunc(paymentWebhook))
	hooks := chi.NewRouter()
	hooks.Use(verifyStripe)
	hooks.Post("/payments", paymentWebhook)
	r.Mount("/hooks", hooks)
}
