// Package routes mounts the shop's endpoints; main builds the handlers.
package routes

import (
	"github.com/go-chi/chi/v5"

	"d18mount/intents"
)

func Mount(r *chi.Mux, s *intents.Settler) {
	r.Post("/hooks/stripe/intents", s.Settle)
}
