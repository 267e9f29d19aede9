// Package walletsite mounts the members' pages on the applications'
// routers.
package walletsite

import (
	"net/http"

	"github.com/gorilla/mux"

	"gorillawalletroutes/walletsig"
)

// Routes adds the members' pages to r; the API gets its own logging on a
// sub-router.
func Routes(r *mux.Router) {
	api := r.PathPrefix("/api").Subrouter()
	api.Use(walletsig.LogRequests)
	api.HandleFunc("/bookings", listBookings).Methods(http.MethodGet)
	pages(r)
}

func pages(r *mux.Router) {
	r.HandleFunc("/bookings/{id}/thanks", thanks).Methods(http.MethodGet)
}

// Secure puts the wallet's signature check in front of every route of r
// and adds the members' pages.
func Secure(r *mux.Router, secret string) {
	r.Use(walletsig.RequireSignature(secret, "X-Wallet-Signature"))
	Routes(r)
}

func listBookings(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) }

func thanks(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) }
