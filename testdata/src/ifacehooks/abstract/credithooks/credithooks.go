// Package credithooks: payment webhooks that credit a customer through a
// service whose implementation this package cannot see; a credit handed
// the event's amount is repeated on every delivery unless the handler
// guards it.
package credithooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"

	"ifacehooks/abstract/ports"
)

// ChargeEvent is Paystack's charge.success event as decoded here.
type ChargeEvent struct {
	ID   string `json:"id"`
	Data struct {
		Customer string `json:"customer"`
		Amount   int64  `json:"amount"`
		Plan     struct {
			Points int `json:"points"`
		} `json:"plan"`
	} `json:"data"`
}

type Hooks struct {
	secret  []byte
	wallets ports.Wallets
	rewards ports.Rewards
	stats   ports.Stats
	events  ports.Events
}

func (h *Hooks) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/paystack/charge", h.Charge)
	mux.HandleFunc("POST /webhooks/paystack/charge-once", h.ChargeOnce)
	mux.HandleFunc("POST /webhooks/paystack/tier", h.Tier)
	mux.HandleFunc("POST /rewards/daily-login", h.DailyLogin)
	mux.HandleFunc("POST /webhooks/partner/v1", h.Partner)
}

// event verifies Paystack's HMAC-SHA512 of the raw body.
func (h *Hooks) event(w http.ResponseWriter, r *http.Request) (ChargeEvent, bool) {
	var evt ChargeEvent
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return evt, false
	}
	mac := hmac.New(sha256.New, h.secret)
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("X-Paystack-Signature"))) {
		http.Error(w, "signature", http.StatusUnauthorized)
		return evt, false
	}
	return evt, json.Unmarshal(body, &evt) == nil
}

// Charge credits the wallet and the plan's points on every delivery.
func (h *Hooks) Charge(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.event(w, r)
	if !ok {
		return
	}
	_ = h.wallets.TopUp(r.Context(), evt.Data.Customer, evt.Data.Amount) // want `credits the balance \(ports.Wallets.TopUp, handed the event's amount\) on every delivery`
	bonus := evt.Data.Plan.Points * 2
	_ = h.wallets.AddBonusPoints(r.Context(), evt.Data.Customer, bonus) // want `credits the balance \(ports.Wallets.AddBonusPoints, handed the event's amount\)`
	w.WriteHeader(http.StatusOK)
}

// PaymentNotification is a partner's event: only its name says payment.
type PaymentNotification struct {
	Account string  `json:"account"`
	Amount  float64 `json:"amount"`
}

// Partner checks the partner's shared token, then tops up every time.
func (h *Hooks) Partner(w http.ResponseWriter, r *http.Request) {
	if !hmac.Equal([]byte(r.Header.Get("X-Partner-Token")), h.secret) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n PaymentNotification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		return
	}
	_ = h.wallets.TopUp(r.Context(), n.Account, int64(n.Amount*100)) // want `credits the balance \(ports.Wallets.TopUp, handed the event's amount\)`
}

// ---- silent ---------------------------------------------------------------------

// ChargeOnce records the event id first and stops on a repeat.
func (h *Hooks) ChargeOnce(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.event(w, r)
	if !ok {
		return
	}
	seen, err := h.events.Seen(r.Context(), evt.ID)
	if err != nil || seen {
		w.WriteHeader(http.StatusOK)
		return
	}
	_ = h.wallets.TopUp(r.Context(), evt.Data.Customer, evt.Data.Amount)
}

// Tier stores a state and a dashboard sample: the same on every delivery.
func (h *Hooks) Tier(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.event(w, r)
	if !ok {
		return
	}
	_ = h.wallets.SetTier(r.Context(), evt.Data.Customer, "gold")
	_ = h.stats.AddRevenueSample(r.Context(), evt.Data.Amount)
}

// DailyLogin grants points to a signed-in user: no provider's event.
func (h *Hooks) DailyLogin(w http.ResponseWriter, r *http.Request) {
	var in struct {
		User   string `json:"user"`
		Streak int    `json:"streak"`
	}
	_ = json.NewDecoder(r.Body).Decode(&in)
	_ = h.rewards.AddPoints(r.Context(), in.User, 10*in.Streak)
}
