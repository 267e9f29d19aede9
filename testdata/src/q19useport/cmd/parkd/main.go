// Command parkd binds the pgx store under the service.
package main

import (
	"context"
	"log"
	"net/http"

	"github.com/jackc/pgx/v5/pgxpool"

	"q19useport/passes"
	"q19useport/passhooks"
	"q19useport/pgpasses"
)

func main() {
	pool, err := pgxpool.New(context.Background(), "postgres://parking")
	if err != nil {
		log.Fatal(err)
	}
	svc := passes.NewService(pgpasses.New(pool))
	hooks := passhooks.New(svc, "whsec") // want "webhook handler inserts a ledger or payment row \\(passhooks.Hooks.PassPaid calls passes.Service.Record \\(passhooks.go:62\\), bound here to passes.Service.Record: through passes.Store.AddPayment \\(passes.go:31\\) bound here to pgpasses.Store.AddPayment: pgxpool.Pool.Exec: INSERT INTO pass_payments\\)"
	mux := http.NewServeMux()
	hooks.Mount(mux)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
