// Package helpersverify: verification in helpers — a method that parses
// and verifies the event, a bool helper that writes 401 itself,
// subtle.ConstantTimeCompare of an HMAC in echo, and a route table with
// the verifying wrapper applied in a loop.
package helpersverify

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

type Billing struct{ secret string }

func (Billing) ActivateSubscription(id string) error  { return nil }
func (Billing) ProvisionSeats(id string, n int) error { return nil }

func (b *Billing) parseEvent(r *http.Request) (stripe.Event, error) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return stripe.Event{}, err
	}
	return webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), b.secret)
}

func (b *Billing) authorized(w http.ResponseWriter, r *http.Request, body []byte) bool {
	mac := hmac.New(sha256.New, []byte(b.secret))
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("X-Signature"))) {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return false
	}
	return true
}

func (b *Billing) subscriptionWebhook(w http.ResponseWriter, r *http.Request) {
	ev, err := b.parseEvent(r)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	_ = b.ActivateSubscription(ev.ID)
}

func (b *Billing) seatsWebhook(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if !b.authorized(w, r, body) {
		return
	}
	_ = b.ProvisionSeats(string(body), 1)
}

func (b *Billing) Echo(e *echo.Echo) {
	e.POST("/paddle/webhook", func(c echo.Context) error {
		body, _ := io.ReadAll(c.Request().Body)
		mac := hmac.New(sha256.New, []byte(b.secret))
		mac.Write(body)
		expected := hex.EncodeToString(mac.Sum(nil))
		if subtle.ConstantTimeCompare([]byte(expected), []byte(c.Request().Header.Get("Paddle-Signature"))) != 1 {
			return c.NoContent(http.StatusUnauthorized)
		}
		return b.ActivateSubscription(string(body))
	})
}

func requireStripe(secret string, next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if err := webhook.ValidatePayload(body, r.Header.Get("Stripe-Signature"), secret); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		next(w, r)
	}
}

func (b *Billing) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/subscription", b.subscriptionWebhook)
	mux.HandleFunc("POST /webhooks/seats", b.seatsWebhook)
	mux.HandleFunc("POST /billing/webhook", requireStripe(b.secret, b.subscriptionWebhook))
}
