// Package namedroutes: handlers whose method names say Complete or
// Success, registered on routes that say what they really are (a profile
// set-up step, an import job), and a server-sent events stream.
package namedroutes

import (
	"context"
	"fmt"
	"net/http"
	"time"
)

type Users struct{}

func (Users) ActivateAccount(ctx context.Context, id string) error   { return nil }
func (Users) GrantBetaFeatures(ctx context.Context, id string) error { return nil }

type Handler struct{ users Users }

func (h *Handler) Complete(w http.ResponseWriter, r *http.Request) {
	_ = h.users.ActivateAccount(r.Context(), r.PathValue("id"))
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handler) Success(w http.ResponseWriter, r *http.Request) {
	_ = h.users.GrantBetaFeatures(r.Context(), r.PathValue("id"))
	w.WriteHeader(http.StatusNoContent)
}

// Events streams order updates to the browser (server-sent events).
func (h *Handler) Events(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/event-stream")
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-t.C:
			fmt.Fprintf(w, "data: ping\n\n")
		}
	}
}

func (h *Handler) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /profile/{id}/setup/complete", h.Complete)
	mux.HandleFunc("POST /beta/{id}/enroll", h.Success)
	mux.HandleFunc("GET /events", h.Events)
}
