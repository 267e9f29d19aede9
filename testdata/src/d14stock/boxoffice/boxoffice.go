// Package boxoffice sells concert seats and merchandise on Stripe events
// received over net/http; a paid checkout takes the seats or the items
// away in the database.
package boxoffice

import (
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v82/webhook"
	"gorm.io/gorm"

	"d14stock/depot"
)

// Office holds the stores.
type Office struct {
	secret string
	db     *sql.DB
	gdb    *gorm.DB
	depot  *depot.Depot
}

type sale struct {
	OrderID string `json:"order_id"`
	EventID string `json:"event_id"`
	SKU     string `json:"sku"`
	Qty     int    `json:"qty"`
}

type merch struct {
	ID    string
	Stock int
}

// Routes mounts the listeners.
func (o *Office) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/webhooks/stripe/seats", o.SeatsSold)
	mux.HandleFunc("/webhooks/stripe/boxes", o.BoxesPaid)
	mux.HandleFunc("/webhooks/stripe/merch", o.MerchPaid)
	mux.HandleFunc("/webhooks/stripe/boxes-async", o.BoxesAsync)
	mux.HandleFunc("/webhooks/stripe/boxes-later", o.BoxesLater)
	mux.HandleFunc("/webhooks/stripe/boxes-later-once", o.BoxesLaterOnce)
	mux.HandleFunc("/webhooks/stripe/seats-reset", o.SeatsReset)
	mux.HandleFunc("/webhooks/stripe/seats-once", o.SeatsOnce)
	mux.HandleFunc("/webhooks/stripe/seats-claimed", o.SeatsClaimed)
	mux.HandleFunc("/webhooks/stripe/recount", o.Recount)
	mux.HandleFunc("/webhooks/stripe/prints", o.PrintUsed)
}

func (o *Office) sale(w http.ResponseWriter, r *http.Request) (sale, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return sale{}, false
	}
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), o.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return sale{}, false
	}
	var s sale
	if err := json.Unmarshal(evt.Data.Raw, &s); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return sale{}, false
	}
	return s, true
}

// --- reported: the items leave the stock again on every delivery ---

// SeatsSold takes the seats away with constant SQL.
func (o *Office) SeatsSold(w http.ResponseWriter, r *http.Request) {
	s, ok := o.sale(w, r)
	if !ok {
		return
	}
	if _, err := o.db.ExecContext(r.Context(), `UPDATE concerts SET seats_available = seats_available - $1 WHERE id = $2`, s.Qty, s.SKU); err != nil { // want "webhook handler takes the items out of stock \\(sql.DB.ExecContext: seats_available -= …\\)"
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	_, _ = o.db.ExecContext(r.Context(), `UPDATE orders SET status = 'paid' WHERE id = $1`, s.OrderID)
	w.WriteHeader(http.StatusOK)
}

// BoxesPaid takes boxes out of the depot's inventory (GORM, another package).
func (o *Office) BoxesPaid(w http.ResponseWriter, r *http.Request) {
	s, ok := o.sale(w, r)
	if !ok {
		return
	}
	_ = o.depot.Pick(r.Context(), s.SKU, s.Qty) // want "webhook handler takes the items out of stock \\(depot.Depot.Pick: gorm.DB.UpdateColumn: inventory -= …\\)"
	w.WriteHeader(http.StatusOK)
}

// MerchPaid loads the item, lowers its stock and saves it.
func (o *Office) MerchPaid(w http.ResponseWriter, r *http.Request) {
	s, ok := o.sale(w, r)
	if !ok {
		return
	}
	var m merch
	if err := o.gdb.First(&m, "id = ?", s.SKU).Error; err != nil {
		w.WriteHeader(http.StatusNotFound)
		return
	}
	m.Stock -= s.Qty // want "webhook handler takes the items out of stock \\(m.Stock -= …\\)"
	o.gdb.Save(&m)
	w.WriteHeader(http.StatusOK)
}

// BoxesAsync picks the boxes in a goroutine: still once per delivery.
func (o *Office) BoxesAsync(w http.ResponseWriter, r *http.Request) {
	s, ok := o.sale(w, r)
	if !ok {
		return
	}
	go o.depot.Pick(context.Background(), s.SKU, s.Qty) // want "webhook handler takes the items out of stock \\(depot.Depot.Pick: gorm.DB.UpdateColumn: inventory -= …\\)"
	w.WriteHeader(http.StatusOK)
}

// BoxesLater picks the boxes in a function literal run as a goroutine.
func (o *Office) BoxesLater(w http.ResponseWriter, r *http.Request) {
	s, ok := o.sale(w, r)
	if !ok {
		return
	}
	w.WriteHeader(http.StatusOK)
	go func() {
		_ = o.depot.Pick(context.Background(), s.SKU, s.Qty) // want "webhook handler takes the items out of stock \\(depot.Depot.Pick: gorm.DB.UpdateColumn: inventory -= …\\)"
	}()
}

// --- silent: the same on every delivery, or guarded ---

// BoxesLaterOnce starts the goroutine only for an order not paid before.
func (o *Office) BoxesLaterOnce(w http.ResponseWriter, r *http.Request) {
	s, ok := o.sale(w, r)
	if !ok {
		return
	}
	var status string
	if err := o.db.QueryRowContext(r.Context(), `SELECT status FROM orders WHERE id = $1`, s.OrderID).Scan(&status); err != nil || status == "paid" {
		w.WriteHeader(http.StatusOK)
		return
	}
	w.WriteHeader(http.StatusOK)
	go func() {
		_ = o.depot.Pick(context.Background(), s.SKU, s.Qty)
	}()
}

// SeatsReset sets the seats left to a value the event carries.
func (o *Office) SeatsReset(w http.ResponseWriter, r *http.Request) {
	s, ok := o.sale(w, r)
	if !ok {
		return
	}
	_, _ = o.db.ExecContext(r.Context(), `UPDATE concerts SET seats_available = $1 WHERE id = $2`, s.Qty, s.SKU)
	w.WriteHeader(http.StatusOK)
}

// SeatsOnce reads the order's stored state first: a paid order had its
// seats taken by the first delivery.
func (o *Office) SeatsOnce(w http.ResponseWriter, r *http.Request) {
	s, ok := o.sale(w, r)
	if !ok {
		return
	}
	var status string
	if err := o.db.QueryRowContext(r.Context(), `SELECT status FROM orders WHERE id = $1`, s.OrderID).Scan(&status); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if status == "paid" {
		w.WriteHeader(http.StatusOK)
		return
	}
	_, _ = o.db.ExecContext(r.Context(), `UPDATE concerts SET seats_available = seats_available - $1 WHERE id = $2`, s.Qty, s.SKU)
	_, _ = o.db.ExecContext(r.Context(), `UPDATE orders SET status = 'paid' WHERE id = $1`, s.OrderID)
	w.WriteHeader(http.StatusOK)
}

// SeatsClaimed records the event id by a unique insert first.
func (o *Office) SeatsClaimed(w http.ResponseWriter, r *http.Request) {
	s, ok := o.sale(w, r)
	if !ok {
		return
	}
	res, err := o.db.ExecContext(r.Context(), `INSERT INTO stripe_events (id) VALUES ($1) ON CONFLICT DO NOTHING`, s.EventID)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		w.WriteHeader(http.StatusOK)
		return
	}
	_, _ = o.db.ExecContext(r.Context(), `UPDATE concerts SET seats_available = seats_available - $1 WHERE id = $2`, s.Qty, s.SKU)
	w.WriteHeader(http.StatusOK)
}

// Recount sets the inventory and recomputes what is free from two columns.
func (o *Office) Recount(w http.ResponseWriter, r *http.Request) {
	s, ok := o.sale(w, r)
	if !ok {
		return
	}
	_ = o.depot.Recount(r.Context(), s.SKU, s.Qty)
	_ = o.depot.Free(r.Context(), s.SKU)
	w.WriteHeader(http.StatusOK)
}

// PrintUsed takes a print credit a customer spent: no stock.
func (o *Office) PrintUsed(w http.ResponseWriter, r *http.Request) {
	s, ok := o.sale(w, r)
	if !ok {
		return
	}
	_ = o.depot.UsePrint(context.Background(), s.SKU)
	w.WriteHeader(http.StatusOK)
}
