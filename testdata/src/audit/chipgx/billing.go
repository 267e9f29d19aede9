// Package chipgx is a subscription billing API on chi and pgx.
package chipgx

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

type Handler struct {
	pool   *pgxpool.Pool
	secret []byte
}

func (h *Handler) Mount(r chi.Router) {
	r.Post("/billing/events", h.events)
	r.Post("/billing/events/signed", h.signedEvents)
	r.Get("/billing/{subID}/thank-you", h.thankYou)
	r.Put("/users/{id}/status", h.userStatus)
}

type billingEvent struct {
	Type           string `json:"type"`
	SubscriptionID string `json:"subscription_id"`
	InvoiceID      string `json:"invoice_id"`
}

// events activates the subscription on whatever JSON it is sent.
func (h *Handler) events(w http.ResponseWriter, r *http.Request) {
	var ev billingEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	switch ev.Type {
	case "invoice.paid":
		_, err := h.pool.Exec(r.Context(), "UPDATE subscriptions SET status = $1, current_period_paid = true WHERE id = $2", "active", ev.SubscriptionID) // want `\[webhookverify\] payment webhook /billing/events acts on the payment`
		if err != nil {
			http.Error(w, "db", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

func verifySig(secret []byte, body []byte, header string) error {
	m := hmac.New(sha256.New, secret)
	m.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(m.Sum(nil))), []byte(header)) {
		return errors.New("signature mismatch")
	}
	return nil
}

// signedEvents checks the signature and rejects on failure: silent.
func (h *Handler) signedEvents(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if err := verifySig(h.secret, body, r.Header.Get("X-Billing-Signature")); err != nil {
		http.Error(w, "forbidden", http.StatusUnauthorized)
		return
	}
	var ev billingEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if ev.Type == "invoice.paid" {
		h.pool.Exec(r.Context(), "UPDATE invoices SET status = 'paid', paid_at = now() WHERE id = $1", ev.InvoiceID)
	}
	w.WriteHeader(http.StatusOK)
}

// thankYou is the page the buyer lands on after checkout; it activates
// the subscription because the URL says so.
func (h *Handler) thankYou(w http.ResponseWriter, r *http.Request) {
	subID := chi.URLParam(r, "subID")
	if r.URL.Query().Get("payment") == "ok" {
		h.pool.Exec(r.Context(), "UPDATE subscriptions SET status = 'active' WHERE id = $1", subID) // want `\[redirectfulfill\] order fulfilled in the success-redirect handler`
	}
	w.Write([]byte("Thank you!"))
}

// userStatus is an admin setting a user's account status (look-alike).
func (h *Handler) userStatus(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Status string `json:"status"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	h.pool.Exec(r.Context(), "UPDATE users SET status = $1 WHERE id = $2", body.Status, chi.URLParam(r, "id"))
	w.WriteHeader(http.StatusNoContent)
}
