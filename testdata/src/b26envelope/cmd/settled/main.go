package main

import (
	"database/sql"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"

	"b26envelope/settle"
)

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		panic(err)
	}
	r := chi.NewRouter()
	r.Method("POST", "/inbound/tl/events", &settle.Inbound{DB: db}) // want "payment webhook handler Inbound.ServeHTTP .* mounted on POST /inbound/tl/events verifies no signature"
	r.Method("POST", "/inbound/tl/signed", &settle.Signed{DB: db, Secret: []byte(os.Getenv("BANK_SECRET"))})
	_ = http.ListenAndServe(":8080", r)
}
