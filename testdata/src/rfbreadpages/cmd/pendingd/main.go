// Command pendingd wires the same pages to stores that only record
// pending requests: nothing granted, silent.
package main

import (
	"database/sql"
	"net/http"

	"github.com/go-chi/chi/v5"

	"rfbreadpages/pages"
	"rfbreadpages/sqlstore"
)

func main() {
	db, _ := sql.Open("postgres", "")
	_ = db
	drafts := &sqlstore.Drafts{}
	p := pages.New(drafts, drafts)
	r := chi.NewRouter()
	p.Mount(r)
	_ = http.ListenAndServe(":8080", r)
}
