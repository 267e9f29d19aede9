// Package verifyshapes is a payments service whose webhooks are verified
// in several shapes real teams use, and a few that are not verified.
package verifyshapes

import (
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"io"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"

	"audit/verifyshapes/mw"
)

type Hooks struct {
	db          *sql.DB
	secret      []byte
	notifyToken string
}

func (h *Hooks) Routes() http.Handler {
	r := chi.NewRouter()
	r.With(mw.Signed(h.secret)).Post("/webhooks/payments", h.paymentEvent)
	r.Post("/webhooks/payments/v2", h.paymentEventV2)
	r.Post("/webhooks/refunds", h.refundEvent)
	r.Post("/callbacks/qr", h.qrCallback)
	r.Post("/webhooks/sandbox-friendly", h.sandboxFriendly)
	return r
}

func (h *Hooks) markPaid(orderID string) error {
	_, err := h.db.Exec(`UPDATE orders SET status = 'paid', paid_at = now() WHERE id = $1`, orderID)
	return err
}

// paymentEvent is behind the verifying middleware: silent.
func (h *Hooks) paymentEvent(w http.ResponseWriter, r *http.Request) {
	var ev mw.Event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if ev.Type == "payment.succeeded" {
		h.markPaid(ev.OrderID) // audit: false alarm webhookverify: the route is mounted with r.With(mw.Signed(secret)), a verifying middleware factory of another package
	}
	w.WriteHeader(http.StatusOK)
}

// paymentEventV2 is the same handler mounted without the middleware.
func (h *Hooks) paymentEventV2(w http.ResponseWriter, r *http.Request) {
	var ev mw.Event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if ev.Type == "payment.succeeded" {
		h.markPaid(ev.OrderID) // want `\[webhookverify\] payment webhook /webhooks/payments/v2 acts on the payment`
	}
	w.WriteHeader(http.StatusOK)
}

// refundEvent passes its effect to mw.HandleSigned, which verifies first:
// silent.
func (h *Hooks) refundEvent(w http.ResponseWriter, r *http.Request) {
	mw.HandleSigned(w, r, h.secret, func(ev mw.Event) error {
		if ev.Type == "payment.succeeded" {
			return h.markPaid(ev.OrderID) // audit: false alarm webhookverify: mw.HandleSigned verifies the signature and answers 401 before it calls this callback
		}
		return nil
	})
}

// qrCallback compares the callback token the PSP sends in constant time:
// silent.
func (h *Hooks) qrCallback(w http.ResponseWriter, r *http.Request) {
	tok := r.Header.Get("X-Callback-Token")
	if subtle.ConstantTimeCompare([]byte(tok), []byte(h.notifyToken)) != 1 {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	var ev mw.Event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if ev.Type == "qr.paid" {
		h.markPaid(ev.OrderID)
	}
	w.WriteHeader(http.StatusOK)
}

// sandboxFriendly only verifies when a secret is configured: with the
// variable unset in production, anyone can post a paid event.
func (h *Hooks) sandboxFriendly(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if secret := os.Getenv("PSP_WEBHOOK_SECRET"); secret != "" {
		if !mw.Check([]byte(secret), body, r.Header.Get("X-Signature")) {
			http.Error(w, "invalid signature", http.StatusUnauthorized)
			return
		}
	}
	var ev mw.Event
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if ev.Type == "payment.succeeded" {
		h.markPaid(ev.OrderID) // want `\[webhookverify\] payment webhook /webhooks/sandbox-friendly skips signature verification when the secret is empty`
	}
	w.WriteHeader(http.StatusOK)
}
