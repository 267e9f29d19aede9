// Package webhooks receives the provider's events; its routes are
// registered in package routes.
package webhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log"
	"net/http"

	"webhookverify/crosspkg/store"
)

// Event is the provider's charge event.
type Event struct {
	Type   string `json:"type"`
	Charge string `json:"charge"`
	Order  string `json:"order"`
}

// Handler handles the provider's events.
type Handler struct {
	Orders *store.Store
	Secret []byte
}

// Charge marks the order paid without checking the signature.
func (h *Handler) Charge(w http.ResponseWriter, r *http.Request) {
	var ev Event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	if ev.Type == "charge.succeeded" {
		h.Orders.MarkPaid(r.Context(), ev.Order, ev.Charge) // reported where routes mounts it
	}
	w.WriteHeader(http.StatusOK)
}

// Raw reads the body first and switches on the event type.
func (h *Handler) Raw(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var ev Event
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	switch ev.Type {
	case "charge.succeeded":
		h.Orders.MarkPaid(r.Context(), ev.Order, ev.Charge) // reported where routes mounts it
	}
}

// Verified checks an HMAC of the raw body first: silent.
func (h *Handler) Verified(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	mac := hmac.New(sha256.New, h.Secret)
	mac.Write(body)
	want, _ := hex.DecodeString(r.Header.Get("PSP-Signature"))
	if !hmac.Equal(mac.Sum(nil), want) {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	var ev Event
	if err := json.Unmarshal(body, &ev); err != nil {
		return
	}
	h.Orders.MarkPaid(r.Context(), ev.Order, ev.Charge)
}

// Logged only logs the event: silent (nothing acted on).
func (h *Handler) Logged(w http.ResponseWriter, r *http.Request) {
	var ev Event
	_ = json.NewDecoder(r.Body).Decode(&ev)
	log.Printf("event %s for %s", ev.Type, ev.Order)
}

// charge is unexported and registered nowhere: silent (it cannot be
// mounted from another package).
func (h *Handler) charge(w http.ResponseWriter, r *http.Request) {
	var ev Event
	_ = json.NewDecoder(r.Body).Decode(&ev)
	h.Orders.MarkPaid(r.Context(), ev.Order, ev.Charge)
}
