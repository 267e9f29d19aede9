// Package routes mounts the marketplace's handlers.
package routes

import (
	"net/http"

	"example.com/market/backoffice"
	"example.com/market/storefront"
	"example.com/market/verify"
	"example.com/market/webhooks"
)

// Register mounts every route on mux.
func Register(mux *http.ServeMux, wh *webhooks.Handler, sf *storefront.Handler) {
	mux.HandleFunc("POST /webhooks/psp", wh.Charge) // paylint: expect webhookverify
	mux.Handle("POST /webhooks/psp/signed", verify.Require(wh.Secret, http.HandlerFunc(wh.Charge)))
	mux.HandleFunc("POST /webhooks/psp/v2", wh.Verified)
	mux.HandleFunc("GET /checkout/return", sf.Return)
	mux.HandleFunc("GET /checkout/return/v2", sf.ReturnChecked)
}

// RegisterStaff mounts the back office behind the staff login.
func RegisterStaff(mux *http.ServeMux, staff func(http.Handler) http.Handler, bo *backoffice.Handler) {
	mux.Handle("POST /staff/replay", staff(http.HandlerFunc(bo.Replay)))
}
