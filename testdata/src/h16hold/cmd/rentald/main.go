// Command rentald binds the rental pages to Postgres.
package main

import (
	"database/sql"
	"net/http"
	"os"

	"github.com/labstack/echo/v4"

	"h16hold/cards"
	"h16hold/pgstore"
	"h16hold/rentals"
)

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	e := echo.New()
	p := rentals.New(pgstore.NewRentals(db), rentals.InCity("Utrecht")) // want `success-redirect handler rentals.Pages.BikeReturn \(/rent/bike/return\), which calls rentals.Rentals.UpdateDeposit \(rentals.go:61\) after reading the payment from the provider without checking that its status is paid; bound here, rentals.Rentals.UpdateDeposit is pgstore.Rentals.UpdateDeposit: stores the payment hold "requires_capture"` `success-redirect handler rentals.Pages.ScooterReturn \(/rent/scooter/return\), which calls rentals.Pages.reserve \(rentals.go:74\) after reading the payment from the provider without checking that its status is paid; bound here, rentals.Pages.reserve stores the payment hold "authorised" through pgstore.Rentals.UpdateDeposit`
	p.Register(e)
	c := cards.New(pgstore.NewMandates(db), pgstore.NewRentals(db), os.Getenv("STRIPE_WEBHOOK_SECRET"))
	mux := http.NewServeMux()
	mux.HandleFunc("GET /cards/setup/return", c.SetupReturn)
	mux.HandleFunc("GET /deposit/return", c.DepositReturn)
	mux.HandleFunc("POST /webhooks/stripe", c.Hook)
	go func() { _ = http.ListenAndServe(":8081", mux) }()
	_ = e.Start(":8080")
}
