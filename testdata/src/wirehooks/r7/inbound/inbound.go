// Package inbound receives provider callbacks; package server mounts them
// and binds their use cases (package ledger).
package inbound

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"os"

	"github.com/stripe/stripe-go/v82"
)

// Ledger settles receivables; bound by package server.
type Ledger interface {
	Apply(ctx context.Context, ref string) (string, error)
}

// Contacts is the CRM's contact store; bound by package server.
type Contacts interface {
	SetStage(ctx context.Context, id, stage string) error
}

type mpNotification struct {
	Action string `json:"action"`
	Data   struct {
		ID string `json:"id"`
	} `json:"data"`
}

type contactEvent struct {
	ObjectID string `json:"objectId"`
	Stage    string `json:"propertyValue"`
}

// Receivers serves the payment provider's and the CRM's callbacks.
type Receivers struct {
	Ledger   Ledger
	Contacts Contacts
}

// MercadoPagoNotifications: a provider's name written in two capitalised
// parts still names the provider; it checks no x-signature.
func (h *Receivers) MercadoPagoNotifications(w http.ResponseWriter, r *http.Request) {
	var n mpNotification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if _, err := h.Ledger.Apply(r.Context(), n.Data.ID); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

var mpSecret = []byte(os.Getenv("MP_WEBHOOK_SECRET"))

// MercadoPagoSigned checks the HMAC of the body first: verified.
func (h *Receivers) MercadoPagoSigned(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, mpSecret)
	mac.Write(body)
	sig, _ := hex.DecodeString(r.Header.Get("X-Signature"))
	if !hmac.Equal(mac.Sum(nil), sig) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var n mpNotification
	if err := json.Unmarshal(body, &n); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if _, err := h.Ledger.Apply(r.Context(), n.Data.ID); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// HubSpotEvents moves a contact along the sales pipeline: the CRM's
// callback, not a payment's.
func (h *Receivers) HubSpotEvents(w http.ResponseWriter, r *http.Request) {
	var evs []contactEvent
	if err := json.NewDecoder(r.Body).Decode(&evs); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	for _, e := range evs {
		_ = h.Contacts.SetStage(r.Context(), e.ObjectID, e.Stage)
	}
	w.WriteHeader(http.StatusNoContent)
}

// PortingEvents records a number port's progress through a use case
// that stores no payment: silent where it is mounted.
func (h *Receivers) PortingEvents(w http.ResponseWriter, r *http.Request) {
	var e contactEvent
	if err := json.NewDecoder(r.Body).Decode(&e); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	_ = h.Contacts.SetStage(r.Context(), e.ObjectID, e.Stage)
	w.WriteHeader(http.StatusNoContent)
}

// Relay hands a Stripe event, decoded from the body, to its use case.
type Relay struct{ Sink Ledger }

// Forward checks no Stripe-Signature.
func (rl *Relay) Forward(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var ev stripe.Event
	if err := json.Unmarshal(body, &ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if _, err := rl.Sink.Apply(r.Context(), ev.ID); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
