// Command open mounts the same handlers behind the capturing middleware,
// which hands the body on as the signing one does but checks nothing: the
// payment handler is reported at its mount, the ping that changes nothing
// is not.
package main

import (
	"database/sql"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"

	"whastash/paddlehooks"
)

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	h := paddlehooks.New([]byte(os.Getenv("PADDLE_SECRET")), db)
	r := chi.NewRouter()
	r.With(h.Capture()).Post("/hooks/paddle/transactions", h.TransactionCompleted) // want `payment webhook handler h.TransactionCompleted \(package whastash/paddlehooks\) mounted on POST /hooks/paddle/transactions verifies no signature`
	r.With(h.Capture()).Post("/hooks/paddle/ping", h.Ping)
	http.ListenAndServe(":8080", r)
}
