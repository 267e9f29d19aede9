// Package delegate: what the middleware-delegation fix must still catch —
// a middleware handing next to a middleware that does not verify, or
// calling next unverified on another path.
package delegate

import (
	"bytes"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"os"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

type Orders struct{}

func (Orders) FulfillOrder(ref string) error { return nil }

var orders Orders

func stripeSignature(secret string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, _ := io.ReadAll(r.Body)
			if err := webhook.ValidatePayload(body, r.Header.Get("Stripe-Signature"), secret); err != nil {
				http.Error(w, "bad signature", http.StatusBadRequest)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}

func logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.Printf("%s %s", r.Method, r.URL.Path)
		next.ServeHTTP(w, r)
	})
}

// withLogging delegates to a middleware that does not verify.
func withLogging(next http.Handler) http.Handler {
	return logRequests(next)
}

// maybeVerify verifies only outside development.
func maybeVerify(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if os.Getenv("DEV") != "" {
			next.ServeHTTP(w, r)
			return
		}
		stripeSignature("whsec")(next).ServeHTTP(w, r)
	})
}

func loggedEvent(w http.ResponseWriter, r *http.Request) {
	var s stripe.CheckoutSession
	_ = json.NewDecoder(r.Body).Decode(&s)
	_ = orders.FulfillOrder(s.ClientReferenceID) // want `payment webhook /webhooks/logged acts on the payment`
}

func devEvent(w http.ResponseWriter, r *http.Request) {
	var s stripe.CheckoutSession
	_ = json.NewDecoder(r.Body).Decode(&s)
	_ = orders.FulfillOrder(s.ClientReferenceID) // want `payment webhook /webhooks/dev acts on the payment`
}

// Chain applies mws so that the first is outermost.
func Chain(h http.Handler, mws ...func(http.Handler) http.Handler) http.Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func chainedEvent(w http.ResponseWriter, r *http.Request) {
	var s stripe.CheckoutSession
	_ = json.NewDecoder(r.Body).Decode(&s)
	_ = orders.FulfillOrder(s.ClientReferenceID) // want `payment webhook /webhooks/chained acts on the payment`
}

func Routes(mux *http.ServeMux) {
	mux.Handle("POST /webhooks/chained", Chain(http.HandlerFunc(chainedEvent), logRequests))
	mux.Handle("POST /webhooks/logged", withLogging(http.HandlerFunc(loggedEvent)))
	mux.Handle("POST /webhooks/dev", maybeVerify(http.HandlerFunc(devEvent)))
}
