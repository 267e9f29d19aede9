// Command lockd binds the same weakly checked handlers to use cases that
// move no money: a settlement lock released, a journal line. Silent.
package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"

	"pv11fx/wired/books"
	"pv11fx/wired/relay"
)

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("POST /psp/locks", relay.NewNotices(os.Getenv("PSP_KEY"), &books.Locks{DB: db}))
	mux.Handle("POST /psp/journal", relay.NewSandboxed(os.Getenv("PSP_KEY"), true, books.Journal{Log: log.Default()}))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
