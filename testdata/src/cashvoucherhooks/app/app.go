// Package app mounts the voucher notifications.
package app

import (
	"database/sql"
	"net/http"

	"cashvoucherhooks/hooks"
	"cashvoucherhooks/store"
)

// Mount registers the routes.
func Mount(mux *http.ServeMux, db *sql.DB) {
	v := &hooks.Vouchers{Store: &store.Store{DB: db}, Regions: map[string]*hooks.Region{"MX": {Currency: "MXN"}}}
	mux.HandleFunc("POST /notifications/vouchers", v.Collected)
	mux.HandleFunc("POST /notifications/vouchers/reload", v.Reload)
	mux.HandleFunc("POST /notifications/vouchers/once", v.CollectedOnce)
	mux.HandleFunc("POST /notifications/vouchers/reload-seen", v.ReloadSeen)
}
