// Package odd: generics, recursion and unusual shapes must not panic the
// model; nothing here is a verified-webhook mistake the rule can prove.
package odd

import (
	"net/http"
)

//paylint:fulfillment
func fulfil(id string) {}

type Store[T any] struct{ items []T }

func (s *Store[T]) Handle(w http.ResponseWriter, r *http.Request) {}

func webhookOf[T any](s *Store[T]) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var zero T
		_ = zero
	}
}

// Routes registers handlers through generics, method values of generic
// types and a handler held in a map.
func Routes(mux *http.ServeMux, external http.Handler) {
	s := &Store[int]{}
	mux.HandleFunc("/webhooks/generic", s.Handle)
	mux.HandleFunc("/webhooks/factory", webhookOf(s))
	handlers := map[string]http.HandlerFunc{"x": func(w http.ResponseWriter, r *http.Request) {}}
	mux.Handle("/webhooks/map", handlers["x"])
	mux.Handle("/webhooks/external", external)
	var h http.HandlerFunc
	h = func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/" {
			h(w, r)
		}
	}
	mux.Handle("/webhooks/recursive", h)
}

// Recursive calls itself; it verifies nothing but grants nothing either.
func Recursive(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength > 10 {
		Recursive(w, r)
	}
}

// callbackViaExternalMiddleware: wrapped by code this package cannot see.
func callbackViaExternalMiddleware(mw func(http.Handler) http.Handler, mux *http.ServeMux) {
	mux.Handle("/callback", mw(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fulfil(r.FormValue("id"))
	})))
}
