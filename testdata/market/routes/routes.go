// Package routes mounts the marketplace's handlers.
package routes

import (
	"net/http"

	"example.com/market/storefront"
	"example.com/market/webhooks"
)

// Register mounts every route on mux.
func Register(mux *http.ServeMux, wh *webhooks.Handler, sf *storefront.Handler) {
	mux.HandleFunc("POST /webhooks/psp", wh.Charge)
	mux.HandleFunc("POST /webhooks/psp/v2", wh.Verified)
	mux.HandleFunc("GET /checkout/return", sf.Return)
	mux.HandleFunc("GET /checkout/return/v2", sf.ReturnChecked)
}
