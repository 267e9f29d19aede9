// Command parcelapp serves the lockers' hooks on a gorilla/mux router
// it hands to log.Fatal(http.ListenAndServe(…)): log.Fatal gets the
// server's error, not the router, and adds no middleware.
package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"

	"github.com/gorilla/mux"

	"e20servedrouter/parcelhooks"
)

func main() {
	l := &parcelhooks.Lockers{DB: &sql.DB{}}
	r := mux.NewRouter()

	signed := r.PathPrefix("/hooks/stripe").Subrouter()
	signed.Use(parcelhooks.Signed(os.Getenv("STRIPE_WHSEC")))
	signed.HandleFunc("/rentals", l.RentalPaid).Methods(http.MethodPost)

	r.HandleFunc("/hooks/stripe-lockers", l.RentalPaid).Methods(http.MethodPost) // want `payment webhook handler l.RentalPaid \(package e20servedrouter/parcelhooks\) mounted on POST /hooks/stripe-lockers verifies no signature, and no middleware on this route does`

	log.Fatal(http.ListenAndServe(os.Getenv("ADDR"), r))
}
