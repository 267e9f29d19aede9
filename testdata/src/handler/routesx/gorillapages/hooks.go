package gorillapages

import (
	"net/http"

	"github.com/gorilla/mux"
)

func (t *Trips) postHook(w http.ResponseWriter, r *http.Request) {
	t.page(w, mux.Vars(r)["ref"]) // want "webhook handler sends a payment write"
}

func (t *Trips) eitherHook(w http.ResponseWriter, r *http.Request) {
	t.page(w, mux.Vars(r)["ref"]) // want "webhook handler sends a payment write"
}

func (t *Trips) subHook(w http.ResponseWriter, r *http.Request) {
	t.page(w, mux.Vars(r)["ref"]) // want "webhook handler sends a payment write"
}

func (t *Trips) listHook(w http.ResponseWriter, r *http.Request) {
	t.page(w, mux.Vars(r)["ref"]) // want "webhook handler sends a payment write"
}

// Hooks: the same work behind routes a provider can post to.
func Hooks(t *Trips, allowed []string) *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/trips/{ref}/pay/callback", t.postHook).Methods(http.MethodPost)
	r.HandleFunc("/trips/{ref}/pay/notify", t.eitherHook).Methods("GET", "POST")
	posts := r.PathPrefix("/tours").Methods("POST").Subrouter()
	posts.HandleFunc("/{ref}/pay/callback", t.subHook)
	r.HandleFunc("/rail/{ref}/pay/callback", t.listHook).Methods(allowed...)
	return r
}
