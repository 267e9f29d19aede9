// Command boxofficed binds the return pages' service to Postgres.
package main

import (
	"database/sql"
	"net/http"
	"os"

	"h16holdusecase/pages"
	"h16holdusecase/seats"
	"h16holdusecase/tix"
)

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	svc := seats.New(tix.NewSeats(db))
	p := pages.New(svc) // want `success-redirect handler pages.Pages.Done, which calls seats.Service.Reserve \(pages.go:27\) after reading the payment from the provider without checking that its status is paid; bound here, seats.Service.Reserve stores the payment hold "authorized" \(authorised, not yet paid\), through seats.Store.SetChargeState \(seats.go:20\) bound here to tix.Seats.SetChargeState`
	mux := http.NewServeMux()
	mux.HandleFunc("GET /seats/done", p.Done)
	mux.HandleFunc("GET /seats/checked", p.Checked)
	mux.HandleFunc("GET /seats/wait", p.Wait)
	_ = http.ListenAndServe(":8080", mux)
}
