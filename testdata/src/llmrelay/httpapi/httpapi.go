// Package httpapi is the same metered model API on net/http, its relay
// written as the handler's own methods: silent.
package httpapi

import (
	"encoding/json"
	"net/http"

	"llmrelay/credits"
	"llmrelay/keys"
	"llmrelay/upstream"
)

type Chat struct {
	up     *upstream.Client
	ledger *credits.Ledger
	keys   *keys.Store
}

func Routes(mux *http.ServeMux, h *Chat) {
	mux.HandleFunc("/v1/messages", h.Messages)
}

func (h *Chat) Messages(w http.ResponseWriter, r *http.Request) {
	var p upstream.Prompt
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	apiKey := h.keys.ByHash(r.Header.Get("Authorization"))
	if apiKey == nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if err := h.forward(w, r, p, apiKey); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
	}
}

func (h *Chat) forward(w http.ResponseWriter, r *http.Request, p upstream.Prompt, apiKey *keys.APIKey) error {
	if p.Stream {
		return h.stream(w, r, p, apiKey)
	}
	reply, err := h.up.Complete(r.Context(), p)
	if err != nil {
		return err
	}
	return h.write(w, r, reply, apiKey)
}

func (h *Chat) stream(w http.ResponseWriter, r *http.Request, p upstream.Prompt, apiKey *keys.APIKey) error {
	reply, err := h.up.Complete(r.Context(), p)
	if err != nil {
		return err
	}
	return h.write(w, r, reply, apiKey)
}

// write bills the caller's organisation and answers with the reply.
func (h *Chat) write(w http.ResponseWriter, r *http.Request, reply *upstream.Reply, apiKey *keys.APIKey) error {
	if err := h.ledger.Move(r.Context(), apiKey.OrgID, -reply.Tokens, "usage"); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json")
	return json.NewEncoder(w).Encode(reply)
}
