// Package stgrants: payment webhooks that raise an entitlement count or
// an earnings row, or insert a reward, on every delivery; and the
// look-alikes that repeat harmlessly (counters, sets, logs, strings).
package stgrants

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"gorm.io/gorm"
)

type Team struct {
	ID      string
	Seats   int
	Licence string
	Logins  int
}

type CashbackGrant struct {
	UserID string
	Cents  int64
}

type RewardNotification struct {
	UserID string
	Text   string
}

type Hooks struct {
	db  *gorm.DB
	sql *sql.DB
}

type renewal struct {
	TeamID string `json:"team_id"`
	Seats  int    `json:"seats"`
	Cents  int64  `json:"cents"`
}

func (h *Hooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/billing/seats", h.addSeats)
	mux.HandleFunc("POST /webhooks/billing/seats-struct", h.addSeatsField)
	mux.HandleFunc("POST /webhooks/billing/earnings", h.earnings)
	mux.HandleFunc("POST /webhooks/billing/cashback", h.cashback)
	mux.HandleFunc("POST /webhooks/billing/harmless", h.harmless)
}

func read(r *http.Request) (renewal, bool) {
	var p renewal
	return p, json.NewDecoder(r.Body).Decode(&p) == nil
}

func (h *Hooks) addSeats(w http.ResponseWriter, r *http.Request) {
	p, ok := read(r)
	if !ok {
		return
	}
	h.sql.ExecContext(r.Context(), "UPDATE organisations SET licenses = licenses + $1 WHERE id = $2", p.Seats, p.TeamID) // want `webhook handler credits the balance`
}

func (h *Hooks) addSeatsField(w http.ResponseWriter, r *http.Request) {
	p, ok := read(r)
	if !ok {
		return
	}
	var t Team
	h.db.First(&t, "id = ?", p.TeamID)
	t.Seats += p.Seats // want `webhook handler credits the balance`
	h.db.Save(&t)
}

func (h *Hooks) earnings(w http.ResponseWriter, r *http.Request) {
	p, ok := read(r)
	if !ok {
		return
	}
	h.db.Table("partner_earnings").Where("team_id = ?", p.TeamID).Update("settled_cents", gorm.Expr("settled_cents + ?", p.Cents)) // want `webhook handler credits the balance`
}

func (h *Hooks) cashback(w http.ResponseWriter, r *http.Request) {
	p, ok := read(r)
	if !ok {
		return
	}
	h.db.Create(&CashbackGrant{UserID: p.TeamID, Cents: p.Cents / 20}) // want `webhook handler inserts a ledger or payment row`
}

// harmless repeats only what is the same on every delivery, or no grant.
func (h *Hooks) harmless(w http.ResponseWriter, r *http.Request) {
	p, ok := read(r)
	if !ok {
		return
	}
	h.sql.ExecContext(r.Context(), "UPDATE organisations SET licenses = $1 WHERE id = $2", p.Seats, p.TeamID)
	h.sql.ExecContext(r.Context(), "UPDATE partner_balances SET sync_attempts = sync_attempts + $1 WHERE id = $2", 1, p.TeamID)
	h.db.Create(&RewardNotification{UserID: p.TeamID, Text: "thanks"})
	var t Team
	h.db.First(&t, "id = ?", p.TeamID)
	t.Licence += "-renewed"
	t.Logins += 1
	h.db.Save(&t)
}
