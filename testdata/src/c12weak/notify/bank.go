package notify

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"

	"github.com/go-chi/chi/v5"

	"c12weak/domain"
)

type bankEvent struct {
	Type string `json:"type"`
	Ref  string `json:"payout_ref"`
}

func validMAC(secret string, body []byte, sig string) bool {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	want := hex.EncodeToString(m.Sum(nil))
	return hmac.Equal([]byte(want), []byte(sig))
}

// Bank checks the MAC only when a secret is configured (fails open), then
// settles the payout it looks up by the event's reference.
type Bank struct {
	secret  string
	payouts domain.Payouts
}

func NewBank(secret string, p domain.Payouts) *Bank { return &Bank{secret: secret, payouts: p} }

func (h *Bank) Routes(r chi.Router) { r.Post("/bank/events", h.Events) }

func (h *Bank) Events(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if h.secret != "" && !validMAC(h.secret, body, r.Header.Get("X-Bank-Mac")) {
		http.Error(w, "mac", http.StatusUnauthorized)
		return
	}
	var ev bankEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	p, err := h.payouts.ByRef(r.Context(), ev.Ref)
	if err != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	if ev.Type == "payout.completed" && p.Status != "paid" {
		if err := h.payouts.Settle(r.Context(), p.ID); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// BankStrict refuses to run without a secret: silent.
type BankStrict struct {
	secret  string
	payouts domain.Payouts
}

func NewBankStrict(secret string, p domain.Payouts) *BankStrict {
	return &BankStrict{secret: secret, payouts: p}
}

func (h *BankStrict) Routes(r chi.Router) { r.Post("/bank/strict", h.Events) }

func (h *BankStrict) Events(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if h.secret == "" || !validMAC(h.secret, body, r.Header.Get("X-Bank-Mac")) {
		http.Error(w, "mac", http.StatusUnauthorized)
		return
	}
	var ev bankEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	p, err := h.payouts.ByRef(r.Context(), ev.Ref)
	if err != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	if ev.Type == "payout.completed" {
		if err := h.payouts.Settle(r.Context(), p.ID); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// BankSeen fails open too, but only stamps the payout it looks up as seen:
// no payment state, silent.
type BankSeen struct {
	secret  string
	payouts domain.Payouts
	seen    domain.Seen
}

func NewBankSeen(secret string, p domain.Payouts, s domain.Seen) *BankSeen {
	return &BankSeen{secret: secret, payouts: p, seen: s}
}

func (h *BankSeen) Routes(r chi.Router) { r.Post("/bank/seen", h.Events) }

func (h *BankSeen) Events(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if h.secret != "" && !validMAC(h.secret, body, r.Header.Get("X-Bank-Mac")) {
		http.Error(w, "mac", http.StatusUnauthorized)
		return
	}
	var ev bankEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	p, err := h.payouts.ByRef(r.Context(), ev.Ref)
	if err != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	_ = h.seen.Touch(r.Context(), p.ID)
	w.WriteHeader(http.StatusOK)
}
