// Package h10vfyonce: a forged event is one mistake, so an unverified
// payment webhook is reported once, at its first effect in source order,
// however many paid-state writes follow (chi router, GORM and SQL).
package h10vfyonce

import (
	"database/sql"
	"encoding/json"
	"io"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
	"github.com/stripe/stripe-go/v82/webhook"
	"gorm.io/gorm"
)

type Booking struct {
	ID     string
	Status string
}

type notice struct {
	Kind      string `json:"kind"`
	BookingID string `json:"booking_id"`
	Cents     int64  `json:"cents"`
}

type Notices struct {
	db  *gorm.DB
	sql *sql.DB
}

var signingKey = os.Getenv("STRIPE_SIGNING_KEY")

func (n *Notices) Mount(r *chi.Mux) {
	r.Post("/webhooks/deposit", n.deposit)
	r.Post("/webhooks/balance", n.balance)
	r.Post("/webhooks/signed", n.signed)
}

// deposit marks the booking paid, then books the deposit and the
// commission: three writes, one report at the first.
func (n *Notices) deposit(w http.ResponseWriter, r *http.Request) {
	var ev notice
	json.NewDecoder(r.Body).Decode(&ev)
	n.db.Model(&Booking{}).Where("id = ?", ev.BookingID).Update("status", "paid")                         // want `payment webhook /webhooks/deposit acts on the payment \(paid state stored by gorm.DB.Update\) without verifying`
	n.sql.Exec("INSERT INTO ledger_entries (booking_id, cents) VALUES (?, ?)", ev.BookingID, ev.Cents)    // same event: not again
	n.sql.Exec("INSERT INTO ledger_entries (booking_id, cents) VALUES (?, ?)", ev.BookingID, ev.Cents/10) // nor here
	w.WriteHeader(http.StatusNoContent)
}

// balance writes in one branch or the other: each branch is a path a
// forged event takes, reported on its own.
func (n *Notices) balance(w http.ResponseWriter, r *http.Request) {
	var ev notice
	json.NewDecoder(r.Body).Decode(&ev)
	switch ev.Kind {
	case "balance.paid":
		n.sql.Exec("UPDATE bookings SET status = 'paid' WHERE id = ?", ev.BookingID) // want `payment webhook /webhooks/balance acts on the payment \(paid state stored by sql.DB.Exec\) without verifying`
	case "balance.settled":
		n.db.Model(&Booking{ID: ev.BookingID}).Updates(map[string]any{"status": "paid"}) // want `payment webhook /webhooks/balance acts on the payment \(paid state stored by gorm.DB.Updates\) without verifying`
	}
	w.WriteHeader(http.StatusNoContent)
}

// signed verifies first: silent however many writes follow.
func (n *Notices) signed(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), signingKey)
	if err != nil {
		http.Error(w, "signature", http.StatusBadRequest)
		return
	}
	n.db.Model(&Booking{}).Where("id = ?", ev.ID).Update("status", "paid")
	n.sql.Exec("INSERT INTO ledger_entries (booking_id, cents) VALUES (?, ?)", ev.ID, 100)
	w.WriteHeader(http.StatusNoContent)
}
