// Package hooks receives Revolut Business transaction webhooks for a
// prepaid travel card: a deposit to the merchant's account tops up the
// card holder's wallet.
package hooks

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"math"
	"net/http"
)

// Wallets adds to a card holder's balance.
type Wallets interface {
	Load(ctx context.Context, holder string, cents int64) error
}

// Ledger applies a deposit once per event.
type Ledger interface {
	Apply(ctx context.Context, eventID, holder string, cents int64) error
}

// Revolut handles Revolut Business webhooks.
type Revolut struct {
	secret  []byte
	wallets Wallets
	ledger  Ledger
	holders map[string]string
	pool    string
}

// NewRevolut builds the handler; pool is the programme's float account.
func NewRevolut(secret string, w Wallets, l Ledger) *Revolut {
	return &Revolut{secret: []byte(secret), wallets: w, ledger: l, holders: map[string]string{}, pool: "float"}
}

type transactionEvent struct {
	Event string `json:"event"`
	Data  struct {
		ID        string  `json:"id"`
		State     string  `json:"state"`
		Amount    float64 `json:"amount"`
		Reference string  `json:"reference"`
	} `json:"data"`
}

func (h *Revolut) holderOf(ctx context.Context, reference string) (string, bool) {
	holder, ok := h.holders[reference]
	return holder, ok
}

func (h *Revolut) decode(w http.ResponseWriter, r *http.Request) (*transactionEvent, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return nil, false
	}
	mac := hmac.New(sha256.New, h.secret)
	mac.Write([]byte("v1." + r.Header.Get("Revolut-Request-Timestamp") + "." + string(body)))
	want := "v1=" + hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(r.Header.Get("Revolut-Signature"))) {
		http.Error(w, "signature", http.StatusUnauthorized)
		return nil, false
	}
	var ev transactionEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "json", http.StatusBadRequest)
		return nil, false
	}
	return &ev, true
}

// Funds adds the amount received, in cents, to the programme's float.
func (h *Revolut) Funds(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.decode(w, r)
	if !ok {
		return
	}
	if ev.Event == "account.funds_received" {
		// Unmatched deposits float in the programme's pool until support
		// assigns them.
		cents := int64(math.Round(ev.Data.Amount * 100))
		if err := h.wallets.Load(r.Context(), h.pool, cents); err != nil {
			http.Error(w, "top up", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// Settled applies the deposit through the ledger, keyed by the event.
func (h *Revolut) Settled(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.decode(w, r)
	if !ok {
		return
	}
	if ev.Event == "TransactionStateChanged" && ev.Data.State == "completed" {
		holder, found := h.holderOf(r.Context(), ev.Data.Reference)
		if !found {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if err := h.ledger.Apply(r.Context(), ev.Data.ID, holder, int64(ev.Data.Amount*100)); err != nil {
			http.Error(w, "apply", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
