// Package frontdesk is a coworking front desk (net/http): walk-ins pay for
// a day pass on a hosted page and come back to the tablet.
package frontdesk

import (
	"database/sql"
	"net/http"

	"paidwordhelpers/resultcodes"
)

// Desk holds the pages.
type Desk struct{ DB *sql.DB }

// Routes mounts the pages.
func (d *Desk) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /desk/daypass/complete", d.complete)
	mux.HandleFunc("GET /desk/lockers/back", d.lockerBack)
}

// complete issues the pass because a helper of another package liked the
// resultCode the query string carries.
func (d *Desk) complete(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if !resultcodes.Succeeded(q.Get("resultCode")) {
		http.Redirect(w, r, "/desk/daypass?retry=1", http.StatusSeeOther)
		return
	}
	if _, err := d.DB.ExecContext(r.Context(), `UPDATE bookings SET status = 'paid' WHERE id = $1`, q.Get("booking")); err != nil { // want `order fulfilled in the success-redirect handler`
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	_, _ = w.Write([]byte("your pass is ready"))
}

// lockerBack only checks the code is one the page sends, and records the
// visit: no payment's outcome is tested, nothing is granted.
func (d *Desk) lockerBack(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if !resultcodes.Known(q.Get("resultCode")) {
		http.Error(w, "unknown", http.StatusBadRequest)
		return
	}
	_, _ = d.DB.ExecContext(r.Context(), `UPDATE lockers SET last_seen = now() WHERE id = $1`, q.Get("locker"))
	_, _ = w.Write([]byte("thanks"))
}
