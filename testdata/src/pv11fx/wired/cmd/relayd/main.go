// Command relayd binds the relay handlers to their use cases.
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
	invoices := &books.Invoices{DB: db}
	mux := http.NewServeMux()
	// mistakes: a fail-open and a skippable check before a paid state
	mux.Handle("POST /psp/notices", relay.NewNotices(os.Getenv("PSP_KEY"), invoices))                                 // want `payment webhook relay.Notices.ServeHTTP skips signature verification when the secret is empty \(fails open\) before relay.Settler.Settle \(relay.go:60\), bound here to books.Invoices.Settle`
	mux.Handle("POST /psp/sandbox", relay.NewSandboxed(os.Getenv("PSP_KEY"), os.Getenv("PSP_LIVE") != "1", invoices)) // want `payment webhook relay.Sandboxed.ServeHTTP verifies the signature only on some paths \(a condition skips it\) before relay.Settler.Settle \(relay.go:99\), bound here to books.Invoices.Settle`
	// look-alike: an enforced check before the same paid state
	mux.Handle("POST /psp/strict", relay.NewStrict(os.Getenv("PSP_KEY"), invoices))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
