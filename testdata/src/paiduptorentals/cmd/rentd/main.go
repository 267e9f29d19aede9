// Command rentd serves the storage operator's pages.
package main

import (
	"database/sql"
	"net/http"

	"paiduptorentals/store"
	"paiduptorentals/web"
)

func main() {
	conn, _ := sql.Open("postgres", "")
	st := store.New(conn)
	mux := http.NewServeMux()
	legacy := web.NewLegacy(st, st) // want "order fulfilled by the success-redirect handler web\\.Legacy\\.returned \\(/legacy/pay/return\\), which calls web\\.Activator\\.Activate"
	legacy.Routes(mux)
	_ = http.ListenAndServe(":8080", mux)
}
