// Package billpay: a bill-payment site's return pages. The gateway sends
// the payer back to /bills/return?bill=…&status=success&txn_ref=…; a page
// that marks the bill paid from those parameters can be forged.
package billpay

import (
	"database/sql"
	"net/http"
)

type Pages struct{ db *sql.DB }

func (p *Pages) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /bills/return", p.billReturn)
	mux.HandleFunc("GET /bills/return/checked", p.billReturnChecked)
	mux.HandleFunc("GET /bills/search", p.search)
}

// --- reported ---

func (p *Pages) billReturn(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("status") == "success" {
		p.db.ExecContext(r.Context(), "UPDATE bills SET status = 'paid', txn_ref = $2 WHERE id = $1", q.Get("bill"), q.Get("txn_ref")) // want `order fulfilled in the success-redirect handler`
	}
	http.Redirect(w, r, "/bills", http.StatusSeeOther)
}

// --- silent ---

// Shows the bill's own state, which the gateway's notification set.
func (p *Pages) billReturnChecked(w http.ResponseWriter, r *http.Request) {
	var status string
	p.db.QueryRowContext(r.Context(), "SELECT status FROM bills WHERE id = $1", r.URL.Query().Get("bill")).Scan(&status)
	w.Write([]byte("bill " + status))
}

// A search of the user's bills with a status filter: no payment result.
func (p *Pages) search(w http.ResponseWriter, r *http.Request) {
	rows, _ := p.db.QueryContext(r.Context(), "SELECT id FROM bills WHERE status = $1", r.URL.Query().Get("status"))
	if rows != nil {
		rows.Close()
	}
	w.Write([]byte("[]"))
}
