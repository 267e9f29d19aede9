// Package lockers rents lockers by the month through a chi app; the
// return page tests the query's status with a helper of its own.
package lockers

import (
	"database/sql"
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"
)

// Pages holds the pages.
type Pages struct{ DB *sql.DB }

// Routes mounts the pages.
func (p *Pages) Routes(r chi.Router) {
	r.Get("/lockers/{id}/return", p.rented)
	r.Get("/lockers/{id}/done", p.shown)
}

// settled says whether the status word means the rent was paid.
func settled(status string) bool {
	s := strings.ToUpper(status)
	return s == "PAID" || s == "SUCCESS"
}

// rented marks the locker's rental paid because settled liked the query.
func (p *Pages) rented(w http.ResponseWriter, r *http.Request) {
	if settled(r.URL.Query().Get("status")) {
		_, _ = p.DB.ExecContext(r.Context(), `UPDATE rentals SET status = 'paid' WHERE locker_id = $1`, chi.URLParam(r, "id")) // want `order fulfilled in the success-redirect handler`
	}
	_, _ = w.Write([]byte("enjoy your locker"))
}

// shown only renders the stored state; the query's status picks the
// message.
func (p *Pages) shown(w http.ResponseWriter, r *http.Request) {
	var st string
	_ = p.DB.QueryRowContext(r.Context(), `SELECT status FROM rentals WHERE locker_id = $1`, chi.URLParam(r, "id")).Scan(&st)
	if settled(r.URL.Query().Get("status")) && st == "paid" {
		_, _ = w.Write([]byte("enjoy your locker"))
		return
	}
	_, _ = w.Write([]byte("processing"))
}
