// Package hooks: webhooks whose paid-state write is in the storage
// package.
package hooks

import (
	"net/http"

	"webhookverify/realcodexpkg/store"
)

type Hooks struct{ st *store.Store }

func (h *Hooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/orders", h.orders)
	mux.HandleFunc("POST /webhooks/activate", h.activate)
	mux.HandleFunc("POST /webhooks/profile", h.profile)
}

func (h *Hooks) orders(w http.ResponseWriter, r *http.Request) {
	o := &store.Order{ID: r.FormValue("order_id")}
	h.st.Settle(o) // want `payment webhook /webhooks/orders acts on the payment \(.*\) without verifying`
}

func (h *Hooks) activate(w http.ResponseWriter, r *http.Request) {
	h.st.Activate(r.FormValue("order_id")) // want `payment webhook /webhooks/activate acts on the payment \(.*\) without verifying`
}

// profile saves a nickname: silent.
func (h *Hooks) profile(w http.ResponseWriter, r *http.Request) {
	h.st.Rename(&store.Profile{UserID: r.FormValue("user")}, r.FormValue("name"))
}
