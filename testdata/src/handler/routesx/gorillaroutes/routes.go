// Package gorillaroutes: the method of a gorilla/mux route, from a Methods
// matcher chained after the registration, before it, or on the route a
// subrouter is made from; none when it allows several or is not constant.
package gorillaroutes

import (
	"net/http"

	"github.com/gorilla/mux"
)

func Routes(r *mux.Router, verbs []string) {
	r.HandleFunc("/orders/{id}/thanks", thanks).Methods(http.MethodGet)
	r.HandleFunc("/orders/{id}/receipt", receipt).Methods("GET", "HEAD", "OPTIONS")
	r.HandleFunc("/orders/{id}/either", either).Methods("GET", "POST")
	r.HandleFunc("/orders/{id}/listed", listed).Methods(verbs...)
	r.Path("/orders/{id}/named").HandlerFunc(named).Name("named").Methods("get")
	api := r.PathPrefix("/api").Methods(http.MethodPost).Subrouter()
	v1 := api.PathPrefix("/v1").Subrouter()
	v1.HandleFunc("/psp/notify", pspNotify)
	v1.HandleFunc("/psp/status", pspStatus).Methods(http.MethodPut)
	r.Methods(http.MethodGet, http.MethodHead).Path("/orders/{id}/chained").HandlerFunc(chained)
}

func thanks(w http.ResponseWriter, r *http.Request) { // want `routes=\[GET /orders/\{id\}/thanks\]`
}

func receipt(w http.ResponseWriter, r *http.Request) { // want `routes=\[GET /orders/\{id\}/receipt\]`
}

func either(w http.ResponseWriter, r *http.Request) { // want `routes=\[/orders/\{id\}/either\]`
}

func listed(w http.ResponseWriter, r *http.Request) { // want `routes=\[/orders/\{id\}/listed\]`
}

func named(w http.ResponseWriter, r *http.Request) { // want `routes=\[GET /orders/\{id\}/named\]`
}

func pspNotify(w http.ResponseWriter, r *http.Request) { // want `routes=\[POST /api/v1/psp/notify\]`
}

func pspStatus(w http.ResponseWriter, r *http.Request) { // want `routes=\[PUT /api/v1/psp/status\]`
}

func chained(w http.ResponseWriter, r *http.Request) { // want `routes=\[GET /orders/\{id\}/chained\]`
}
