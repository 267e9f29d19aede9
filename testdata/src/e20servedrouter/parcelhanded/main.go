// Command parcelhanded hands the router to a function of its own inside
// log.Fatal; that function may add middleware (it does: the check), so
// the route is not judged unverified. Silent.
package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"

	"github.com/gorilla/mux"

	"e20servedrouter/parcelhooks"
)

func serve(r *mux.Router) error {
	r.Use(parcelhooks.Signed(os.Getenv("STRIPE_WHSEC")))
	return http.ListenAndServe(os.Getenv("ADDR"), r)
}

func main() {
	l := &parcelhooks.Lockers{DB: &sql.DB{}}
	r := mux.NewRouter()
	r.HandleFunc("/hooks/stripe-lockers", l.RentalPaid).Methods(http.MethodPost)
	log.Fatal(serve(r))
}
