// Package gifts sells gift cards through PayPal on net/http's ServeMux;
// its pages read their parameters with r.FormValue, which on a GET reads
// the URL.
package gifts

import (
	"database/sql"
	"encoding/json"
	"net/http"
)

type Shop struct{ db *sql.DB }

func (s *Shop) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /gifts/{id}/view", s.view)
	mux.HandleFunc("POST /gifts/{id}/order", s.order)
	mux.HandleFunc("GET /gifts/{id}/apply", s.apply)
}

// view stores the gift card paid on ?outcome=APPROVED.
func (s *Shop) view(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("outcome") == "APPROVED" {
		s.db.ExecContext(r.Context(), "UPDATE gift_orders SET status = 'paid' WHERE id = $1", r.PathValue("id")) // want `order fulfilled in the success-redirect handler from a form value \(outcome\) without reading the payment's status from the provider`
	}
	w.Write([]byte("your gift card"))
}

// order is the shop's own form, posted: not a page the buyer's browser
// opens from a link.
func (s *Shop) order(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("outcome") == "APPROVED" {
		s.db.ExecContext(r.Context(), "UPDATE gift_orders SET status = 'paid' WHERE id = $1", r.PathValue("id"))
	}
	w.WriteHeader(http.StatusNoContent)
}

type applyRequest struct {
	Code string `json:"code"`
}

// apply reads a JSON body besides the form value: not a landing.
func (s *Shop) apply(w http.ResponseWriter, r *http.Request) {
	var in applyRequest
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if r.FormValue("outcome") == "APPROVED" {
		s.db.ExecContext(r.Context(), "UPDATE gift_orders SET status = 'paid' WHERE id = $1", r.PathValue("id"))
	}
}
