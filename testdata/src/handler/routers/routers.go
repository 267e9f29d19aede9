// Package routers exercises chi and gorilla/mux registrations.
package routers

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"
)

func mw(next http.Handler) http.Handler { return next }

func Chi() {
	r := chi.NewRouter()
	r.Route("/payments", func(r chi.Router) {
		r.Get("/{id}/complete", paymentComplete)
		r.With(mw).Post("/notify", paymentNotify)
	})
	r.Method("POST", "/events", http.HandlerFunc(events))
}

func paymentComplete(w http.ResponseWriter, r *http.Request) { // want `handler paymentComplete fw=net/http routes=\[GET /payments/\{id\}/complete\] redirect=route /payments/\{id\}/complete webhook=- params=\[path:id\] headers=\[\]`
	_ = chi.URLParam(r, "id")
}

func paymentNotify(w http.ResponseWriter, r *http.Request) { // want `handler paymentNotify fw=net/http routes=\[POST /payments/notify mw=1\] redirect=- webhook=route /payments/notify params=\[\] headers=\[\]`
}

func events(w http.ResponseWriter, r *http.Request) { // want `handler events fw=net/http routes=\[POST /events\] redirect=- webhook=route /events params=\[\] headers=\[\]`
}

func Gorilla() {
	r := mux.NewRouter()
	r.HandleFunc("/thank-you", thanks).Methods("GET")
	sub := r.PathPrefix("/hooks").Subrouter()
	sub.HandleFunc("/paypal", paypal)
}

func thanks(w http.ResponseWriter, r *http.Request) { // want `handler thanks fw=net/http routes=\[GET /thank-you\] redirect=route /thank-you webhook=- params=\[path:order\] headers=\[\]`
	_ = mux.Vars(r)["order"]
}

func paypal(w http.ResponseWriter, r *http.Request) { // want `handler paypal fw=net/http routes=\[/hooks/paypal\] redirect=- webhook=reads Paypal-Transmission-Sig params=\[\] headers=\[header:Paypal-Transmission-Sig\]`
	_ = r.Header["Paypal-Transmission-Sig"]
}

func GorillaChained() {
	r := mux.NewRouter()
	r.Methods("POST").Path("/payments/notify").HandlerFunc(chainedNotify)
}

func chainedNotify(w http.ResponseWriter, r *http.Request) { // want `handler chainedNotify fw=net/http routes=\[POST /payments/notify\] redirect=- webhook=route /payments/notify params=\[\] headers=\[\]`
}
