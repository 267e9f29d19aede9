// Package returnpages serves the pages donors land on after PayPal.
package returnpages

import (
	"database/sql"
	"net/http"

	"github.com/gorilla/mux"
	"github.com/plutov/paypal/v4"
)

// Pages holds the return pages' dependencies.
type Pages struct {
	db *sql.DB
	pp *paypal.Client
}

// Router builds the routes.
func Router(db *sql.DB, pp *paypal.Client) *mux.Router {
	p := &Pages{db: db, pp: pp}
	r := mux.NewRouter()
	r.HandleFunc("/donate/paypal/return", p.oneOffReturn).Methods(http.MethodGet)
	r.HandleFunc("/monthly/paypal/return", p.monthlyReturn).Methods(http.MethodGet)
	r.HandleFunc("/newsletter/confirm", p.newsletterConfirm).Methods(http.MethodGet)
	return r
}
