// Package dbwrites: payment webhooks that store the paid state with SQL
// or GORM, with and without a signature check.
package dbwrites

import (
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"net/http"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stripe/stripe-go/v82/webhook"
	"gorm.io/gorm"
)

type Order struct {
	ID     string
	Status string
}

type Ticket struct {
	ID     string
	Status string
}

type Hooks struct {
	sql  *sql.DB
	pool *pgxpool.Pool
	db   *gorm.DB
}

type event struct {
	Type    string `json:"type"`
	OrderID string `json:"order_id"`
}

var secret = os.Getenv("STRIPE_WEBHOOK_SECRET")

func (h *Hooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/payments", h.unverifiedSQL)
	mux.HandleFunc("POST /webhooks/payments-pgx", h.unverifiedPgx)
	mux.HandleFunc("POST /webhooks/stripe", h.verifiedGorm)
	mux.HandleFunc("POST /webhooks/payments-cancel", h.unverifiedCancel)
	mux.HandleFunc("POST /webhooks/helpdesk", h.helpdesk)
	mux.HandleFunc("POST /webhooks/subscriptions", h.unverifiedGrant)
}

// unverifiedSQL: UPDATE orders SET status='paid' with no signature check.
func (h *Hooks) unverifiedSQL(w http.ResponseWriter, r *http.Request) {
	var ev event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if ev.Type == "payment.succeeded" {
		h.sql.Exec("UPDATE orders SET status='paid' WHERE id = ?", ev.OrderID) // want `payment webhook /webhooks/payments acts on the payment \(paid state stored by sql.DB.Exec\) without verifying the provider's signature`
	}
	w.WriteHeader(http.StatusOK)
}

// unverifiedPgx: the write is in a helper whose name says nothing.
func (h *Hooks) unverifiedPgx(w http.ResponseWriter, r *http.Request) {
	var ev event
	json.NewDecoder(r.Body).Decode(&ev)
	h.apply(r.Context(), ev) // want `payment webhook /webhooks/payments-pgx acts on the payment \(dbwrites.Hooks.apply \(paid state stored by pgxpool.Pool.Exec\)\) without verifying`
	w.WriteHeader(http.StatusOK)
}

func (h *Hooks) apply(ctx context.Context, ev event) error {
	_, err := h.pool.Exec(ctx, "UPDATE orders SET status = $1, paid_at = now() WHERE id = $2", "paid", ev.OrderID)
	return err
}

// verifiedGorm checks the signature first: silent.
func (h *Hooks) verifiedGorm(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	ev, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), secret)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	if ev.Type == "checkout.session.completed" {
		h.db.Model(&Order{}).Where("id = ?", ev.ID).Update("status", "paid")
	}
	w.WriteHeader(http.StatusOK)
}

// unverifiedCancel only records a cancellation: not a fulfilment, silent.
func (h *Hooks) unverifiedCancel(w http.ResponseWriter, r *http.Request) {
	var ev event
	json.NewDecoder(r.Body).Decode(&ev)
	h.sql.Exec("UPDATE orders SET status = 'cancelled' WHERE id = ?", ev.OrderID)
	w.WriteHeader(http.StatusOK)
}

type User struct {
	ID        string
	IsPremium bool
}

// unverifiedGrant: premium and a ledger credit, no signature check;
// one report per handler, at its first write.
func (h *Hooks) unverifiedGrant(w http.ResponseWriter, r *http.Request) {
	var ev event
	json.NewDecoder(r.Body).Decode(&ev)
	h.db.Model(&User{ID: ev.OrderID}).Updates(map[string]any{"is_premium": true})             // want `payment webhook /webhooks/subscriptions acts on the payment \(paid state stored by gorm.DB.Updates\) without verifying`
	h.sql.Exec("INSERT INTO ledger_entries (user_id, amount) VALUES (?, ?)", ev.OrderID, 100) // the same forged event: reported once, above
	w.WriteHeader(http.StatusOK)
}

// helpdesk closes a support ticket: silent.
func (h *Hooks) helpdesk(w http.ResponseWriter, r *http.Request) {
	var ev event
	json.NewDecoder(r.Body).Decode(&ev)
	h.db.Model(&Ticket{}).Where("id = ?", ev.OrderID).Update("status", "completed")
	w.WriteHeader(http.StatusOK)
}
