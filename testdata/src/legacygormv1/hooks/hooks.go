// Package hooks takes a legacy concert ticket shop's payment events over
// net/http and writes them with GORM v1 (github.com/jinzhu/gorm). The
// API the model reads is GORM's under either import path.
package hooks

import (
	"encoding/json"
	"io"
	"net/http"

	"github.com/jinzhu/gorm"
	"github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/webhook"

	"legacygormv1/giftcards"
	"legacygormv1/models"
)

// Hooks holds the database and the secrets.
type Hooks struct {
	db        *gorm.DB
	cards     *giftcards.Store
	stripeKey string
}

type paid struct {
	ConcertID uint   `json:"concert_id"`
	OrderID   uint   `json:"order_id"`
	Seats     int    `json:"seats"`
	GiftCard  string `json:"gift_card"`
	Amount    int64  `json:"amount"`
}

// Routes mounts the listeners.
func (h *Hooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/webhooks/stripe/seats", h.SeatsSold)
	mux.HandleFunc("/webhooks/stripe/giftcard", h.GiftCardUsed)
	mux.HandleFunc("/webhooks/stripe/seats-once", h.SeatsSoldOnce)
	mux.HandleFunc("/webhooks/stripe/giftcard-reset", h.GiftCardReset)
}

func (h *Hooks) event(w http.ResponseWriter, r *http.Request) (stripe.Event, paid, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return stripe.Event{}, paid{}, false
	}
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.stripeKey)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return stripe.Event{}, paid{}, false
	}
	var p paid
	if err := json.Unmarshal(ev.Data.Raw, &p); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return stripe.Event{}, paid{}, false
	}
	return ev, p, true
}

// --- reported ---

// SeatsSold takes the sold seats off the concert on every delivery.
func (h *Hooks) SeatsSold(w http.ResponseWriter, r *http.Request) {
	_, p, ok := h.event(w, r)
	if !ok {
		return
	}
	h.db.Model(&models.Concert{}).Where("id = ?", p.ConcertID).UpdateColumn("seats_left", gorm.Expr("seats_left - ?", p.Seats)) // want "webhook handler takes the items out of stock"
	w.WriteHeader(http.StatusOK)
}

// GiftCardUsed spends the gift card through a store of another package.
func (h *Hooks) GiftCardUsed(w http.ResponseWriter, r *http.Request) {
	_, p, ok := h.event(w, r)
	if !ok {
		return
	}
	_ = h.cards.Spend(p.GiftCard, p.Amount) // want "webhook handler debits the stored balance"
	w.WriteHeader(http.StatusOK)
}

// --- silent ---

// SeatsSoldOnce records the event id under its unique index first and
// stops when the insert fails: a redelivery takes no seats.
func (h *Hooks) SeatsSoldOnce(w http.ResponseWriter, r *http.Request) {
	ev, p, ok := h.event(w, r)
	if !ok {
		return
	}
	if err := h.db.Create(&models.ProcessedEvent{EventID: ev.ID}).Error; err != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	h.db.Model(&models.Concert{}).Where("id = ?", p.ConcertID).UpdateColumn("seats_left", gorm.Expr("seats_left - ?", p.Seats))
	w.WriteHeader(http.StatusOK)
}

// GiftCardReset sets the card's balance to the value the event carries.
func (h *Hooks) GiftCardReset(w http.ResponseWriter, r *http.Request) {
	_, p, ok := h.event(w, r)
	if !ok {
		return
	}
	_ = h.cards.Reset(p.GiftCard, p.Amount)
	w.WriteHeader(http.StatusOK)
}
