// Package hooks books fishing-trip seats on Stripe events received over
// net/http: a paid checkout takes the trip's seats left (avail) away, and
// a payment that used a gift card takes its amount off the card. Both
// subtract whatever the column held, so a second delivery of the same
// event double-books the seats and spends the card twice. Guarded by the
// event id's unique insert or by the order's stored state, they stay
// silent, as do a balance set to a value and a rides_available a
// customer uses up.
package hooks

import (
	"database/sql"
	"encoding/json"
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v82/webhook"
	"gorm.io/gorm"

	"tripseats/giftcards"
)

// Hooks holds the stores.
type Hooks struct {
	secret string
	db     *sql.DB
	gdb    *gorm.DB
	cards  *giftcards.Store
}

type booking struct {
	EventID  string  `json:"event_id"`
	OrderID  string  `json:"order_id"`
	TripID   string  `json:"trip_id"`
	Quantity int     `json:"quantity"`
	GiftCard string  `json:"gift_card"`
	Amount   float64 `json:"amount"`
}

type wallet struct {
	ID      string
	Balance int64
}

// Routes mounts the listeners.
func (h *Hooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/webhooks/stripe/checkout", h.CheckoutCompleted)
	mux.HandleFunc("/webhooks/stripe/giftcard", h.GiftCardUsed)
	mux.HandleFunc("/webhooks/stripe/wallet", h.WalletCharged)
	mux.HandleFunc("/webhooks/stripe/wallet-saved", h.WalletSaved)
	mux.HandleFunc("/webhooks/stripe/checkout-once", h.CheckoutOnce)
	mux.HandleFunc("/webhooks/stripe/giftcard-claimed", h.GiftCardClaimed)
	mux.HandleFunc("/webhooks/stripe/giftcard-reset", h.GiftCardReset)
	mux.HandleFunc("/webhooks/stripe/ride-used", h.RideUsed)
}

func (h *Hooks) booking(w http.ResponseWriter, r *http.Request) (booking, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return booking{}, false
	}
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return booking{}, false
	}
	var b booking
	if err := json.Unmarshal(evt.Data.Raw, &b); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return booking{}, false
	}
	return b, true
}

// --- reported: seats or a stored balance taken again on every delivery ---

// CheckoutCompleted takes the booked seats off the trip (GORM, a table
// given by name, the seats left named avail).
func (h *Hooks) CheckoutCompleted(w http.ResponseWriter, r *http.Request) {
	b, ok := h.booking(w, r)
	if !ok {
		return
	}
	h.gdb.Table("trip_overrides").Where("trip_id = ?", b.TripID).UpdateColumn("avail", gorm.Expr("avail - ?", b.Quantity)) // want "webhook handler takes the items out of stock \\(gorm.DB.UpdateColumn: avail -= …\\)"
	w.WriteHeader(http.StatusOK)
}

// GiftCardUsed takes the amount the payment used off the gift card
// (a store of another package).
func (h *Hooks) GiftCardUsed(w http.ResponseWriter, r *http.Request) {
	b, ok := h.booking(w, r)
	if !ok {
		return
	}
	if b.GiftCard != "" {
		_ = h.cards.Redeem(r.Context(), b.GiftCard, b.Amount) // want "webhook handler debits the stored balance \\(giftcards.Store.Redeem: gorm.DB.UpdateColumn: balance -= …\\)"
	}
	w.WriteHeader(http.StatusOK)
}

// WalletCharged debits the customer's wallet with constant SQL.
func (h *Hooks) WalletCharged(w http.ResponseWriter, r *http.Request) {
	b, ok := h.booking(w, r)
	if !ok {
		return
	}
	_, _ = h.db.ExecContext(r.Context(), `UPDATE wallets SET balance_cents = balance_cents - $1 WHERE order_id = $2`, int64(b.Amount*100), b.OrderID) // want "webhook handler debits the stored balance \\(sql.DB.ExecContext: balance_cents -= …\\)"
	w.WriteHeader(http.StatusOK)
}

// WalletSaved loads the wallet, lowers its balance and saves it.
func (h *Hooks) WalletSaved(w http.ResponseWriter, r *http.Request) {
	b, ok := h.booking(w, r)
	if !ok {
		return
	}
	var wl wallet
	if err := h.gdb.First(&wl, "order_id = ?", b.OrderID).Error; err != nil {
		w.WriteHeader(http.StatusNotFound)
		return
	}
	wl.Balance -= int64(b.Amount * 100) // want "webhook handler debits the stored balance \\(wl.Balance -= …\\)"
	h.gdb.Save(&wl)
	w.WriteHeader(http.StatusOK)
}

// --- silent: guarded, or the same on every delivery ---

// CheckoutOnce reads the order's stored state first: a paid order had
// its seats taken by the first delivery.
func (h *Hooks) CheckoutOnce(w http.ResponseWriter, r *http.Request) {
	b, ok := h.booking(w, r)
	if !ok {
		return
	}
	var status string
	if err := h.db.QueryRowContext(r.Context(), `SELECT status FROM orders WHERE id = $1`, b.OrderID).Scan(&status); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if status == "paid" {
		w.WriteHeader(http.StatusOK)
		return
	}
	h.gdb.Table("trip_overrides").Where("trip_id = ?", b.TripID).
		UpdateColumn("avail", gorm.Expr("avail - ?", b.Quantity))
	_, _ = h.db.ExecContext(r.Context(), `UPDATE orders SET status = 'paid' WHERE id = $1`, b.OrderID)
	w.WriteHeader(http.StatusOK)
}

// GiftCardClaimed records the event id by a unique insert first.
func (h *Hooks) GiftCardClaimed(w http.ResponseWriter, r *http.Request) {
	b, ok := h.booking(w, r)
	if !ok {
		return
	}
	res, err := h.db.ExecContext(r.Context(), `INSERT INTO stripe_events (id) VALUES ($1) ON CONFLICT DO NOTHING`, b.EventID)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		w.WriteHeader(http.StatusOK)
		return
	}
	_ = h.cards.Redeem(r.Context(), b.GiftCard, b.Amount)
	w.WriteHeader(http.StatusOK)
}

// GiftCardReset sets the card's balance to the value the event carries.
func (h *Hooks) GiftCardReset(w http.ResponseWriter, r *http.Request) {
	b, ok := h.booking(w, r)
	if !ok {
		return
	}
	_ = h.cards.SetBalance(r.Context(), b.GiftCard, b.Amount)
	w.WriteHeader(http.StatusOK)
}

// RideUsed takes one ride a customer used off the pass: units of a
// pack, not places left to sell.
func (h *Hooks) RideUsed(w http.ResponseWriter, r *http.Request) {
	b, ok := h.booking(w, r)
	if !ok {
		return
	}
	_, _ = h.db.ExecContext(r.Context(), `UPDATE passes SET rides_available = rides_available - 1 WHERE order_id = $1`, b.OrderID)
	w.WriteHeader(http.StatusOK)
}
