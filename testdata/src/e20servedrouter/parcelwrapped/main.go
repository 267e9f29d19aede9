// Command parcelwrapped wraps the whole router in the signature check
// inside the served call: every route is verified. Silent.
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
	r.HandleFunc("/hooks/stripe-lockers", l.RentalPaid).Methods(http.MethodPost)
	log.Fatal(http.ListenAndServe(os.Getenv("ADDR"), parcelhooks.Signed(os.Getenv("STRIPE_WHSEC"))(r)))
}
