// Package molliehooks receives Mollie payment notifications for Dutch
// donors (iDEAL). Routes are registered on the site's gorilla/mux router.
package molliehooks

import (
	"github.com/gorilla/mux"
)

// Mount registers the webhook routes.
func Mount(r *mux.Router, h *Handlers) {
	hooks := r.PathPrefix("/hooks/mollie").Subrouter()
	hooks.HandleFunc("", h.PaymentUpdated).Methods("POST")
	hooks.HandleFunc("/signed", h.SignedEvent).Methods("POST")
}
