// Package cihooks: a CI provider's webhook stores build states through a
// store it cannot see; nothing says it is a payment provider's, so the
// states it stores ("completed", the event's status) are no payment's.
package cihooks

import (
	"encoding/json"
	"net/http"

	"ifacehooks/abstract/ports"
)

type CheckRunEvent struct {
	Action   string `json:"action"`
	CheckRun struct {
		ID     string `json:"id"`
		Status string `json:"status"`
	} `json:"check_run"`
}

type Hooks struct{ builds ports.BuildStore }

func (h *Hooks) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/github/check-runs", h.CheckRun)
}

func (h *Hooks) CheckRun(w http.ResponseWriter, r *http.Request) {
	var evt CheckRunEvent
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		http.Error(w, "bad", http.StatusBadRequest)
		return
	}
	_ = h.builds.SetStatus(r.Context(), evt.CheckRun.ID, evt.CheckRun.Status)
	if evt.Action == "completed" {
		_ = h.builds.SetStatus(r.Context(), evt.CheckRun.ID, "completed")
	}
	w.WriteHeader(http.StatusNoContent)
}
