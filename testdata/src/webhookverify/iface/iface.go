// Package iface: the verifier is behind an interface paylint cannot see
// into; its name is taken at its word.
package iface

import (
	"context"
	"io"
	"log"
	"net/http"
)

type SignatureVerifier interface {
	Verify(payload []byte, header string) error
}

type Orders interface {
	MarkPaid(ctx context.Context, id string) error
}

type Webhooks struct {
	sig    SignatureVerifier
	orders Orders
}

func (h *Webhooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/psp", h.pspVerified)
	mux.HandleFunc("POST /webhooks/psp-logged", h.pspLogged)
}

func (h *Webhooks) pspVerified(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := h.sig.Verify(body, r.Header.Get("X-Psp-Signature")); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	h.orders.MarkPaid(r.Context(), string(body))
}

func (h *Webhooks) pspLogged(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := h.sig.Verify(body, r.Header.Get("X-Psp-Signature")); err != nil {
		log.Printf("signature: %v", err)
	}
	h.orders.MarkPaid(r.Context(), string(body)) // want `verifies the signature but carries on when it fails`
}
