// Package srvmixed binds the Stripe handler to an allocator whose
// sources are remote or local.
package srvmixed

import (
	"database/sql"
	"net/http"
	"os"

	"a11fanout/piwebhook"
	"a11fanout/stock"
)

func Mux(db *sql.DB) *http.ServeMux {
	alloc := stock.NewAllocator(stock.NewShelf(db), stock.NewWarehouse(os.Getenv("WAREHOUSE_URL")))
	h := piwebhook.NewIntents(os.Getenv("STRIPE_WHSEC"), alloc)
	mux := http.NewServeMux()
	mux.HandleFunc("POST /webhooks/stripe", h.Succeeded)
	return mux
}
