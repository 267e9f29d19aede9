// Command parkupsert binds the keyed store under the same service: a
// repeat inserts nothing.
package main

import (
	"context"
	"log"
	"net/http"

	"github.com/jackc/pgx/v5/pgxpool"

	"q19useport/passes"
	"q19useport/passhooks"
	"q19useport/upsertpasses"
)

func main() {
	pool, err := pgxpool.New(context.Background(), "postgres://parking")
	if err != nil {
		log.Fatal(err)
	}
	hooks := passhooks.New(passes.NewService(upsertpasses.New(pool)), "whsec")
	mux := http.NewServeMux()
	hooks.Mount(mux)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
