// Package reservations holds a trip's seats while a signed-in customer
// books: the seats left are taken down by the request's quantity. No
// provider delivers this request again; it is no webhook, and a
// decrement here stays silent.
package reservations

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"gorm.io/gorm"
)

// API serves the booking pages.
type API struct {
	db  *sql.DB
	gdb *gorm.DB
}

type hold struct {
	TripID   string `json:"trip_id"`
	Quantity int    `json:"quantity"`
}

// Routes mounts the booking endpoints.
func (a *API) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/api/reservations", a.Reserve)
	mux.HandleFunc("/api/reservations/sql", a.ReserveSQL)
}

// Reserve holds the seats of a signed-in customer's booking.
func (a *API) Reserve(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var h hold
	if err := json.NewDecoder(r.Body).Decode(&h); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	a.gdb.Table("trip_overrides").Where("trip_id = ? AND avail >= ?", h.TripID, h.Quantity).
		UpdateColumn("avail", gorm.Expr("avail - ?", h.Quantity))
	w.WriteHeader(http.StatusCreated)
}

// ReserveSQL holds the seats with constant SQL.
func (a *API) ReserveSQL(w http.ResponseWriter, r *http.Request) {
	var h hold
	if err := json.NewDecoder(r.Body).Decode(&h); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	_, _ = a.db.ExecContext(r.Context(), `UPDATE trips SET avail = avail - $1 WHERE id = $2 AND avail >= $1`, h.Quantity, h.TripID)
	w.WriteHeader(http.StatusCreated)
}
