// Command signed mounts the Paddle notifications behind the signing
// middleware only: silent.
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
	r.With(h.Signed()).Post("/hooks/paddle/transactions", h.TransactionCompleted)
	r.Route("/hooks/paddle-eu", func(r chi.Router) {
		r.Use(h.Signed())
		r.Post("/transactions", h.TransactionCompleted)
	})
	http.ListenAndServe(":8080", r)
}
