// Package hooks receives a benefits partner's claim events: the partner
// pays consultations on behalf of covered patients.
package hooks

import (
	"context"
	"encoding/json"
	"io"
	"net/http"

	"unsetkeyverifier/signing"
)

// Claims marks consultations paid by the partner.
type Claims interface {
	MarkPaid(ctx context.Context, consultID, claimID string) error
}

type claimEvent struct {
	Type      string `json:"type"`
	ConsultID string `json:"consult_id"`
	ClaimID   string `json:"claim_id"`
}

func decodeClaim(r *http.Request) ([]byte, claimEvent, error) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, claimEvent{}, err
	}
	var evt claimEvent
	err = json.Unmarshal(body, &evt)
	return body, evt, err
}

// PartnerHooks verifies with the verifier that accepts an empty secret.
type PartnerHooks struct {
	Verify *signing.PartnerVerifier
	Claims Claims
}

// Routes mounts the partner's hooks.
func (p *PartnerHooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/partner/claims", p.ClaimPaid)
}

// ClaimPaid marks the consultation paid on claim.paid.
func (p *PartnerHooks) ClaimPaid(w http.ResponseWriter, r *http.Request) {
	body, evt, err := decodeClaim(r)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := p.Verify.Check(body, r.Header); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	if evt.Type == "claim.paid" {
		_ = p.Claims.MarkPaid(r.Context(), evt.ConsultID, evt.ClaimID) // want "payment webhook /webhooks/partner/claims skips signature verification when the secret is empty \\(fails open\\)"
	}
	w.WriteHeader(http.StatusOK)
}

// RelayHooks verifies with the relay's value verifier.
type RelayHooks struct {
	Verify signing.RelayVerifier
	Claims Claims
}

// Routes mounts the relay's hooks.
func (p *RelayHooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/relay/claims", p.ClaimPaid)
}

// ClaimPaid marks the consultation paid on claim.paid.
func (p *RelayHooks) ClaimPaid(w http.ResponseWriter, r *http.Request) {
	body, evt, err := decodeClaim(r)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := p.Verify.Verify(body, r.Header); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	if evt.Type == "claim.paid" {
		_ = p.Claims.MarkPaid(r.Context(), evt.ConsultID, evt.ClaimID) // want "payment webhook /webhooks/relay/claims skips signature verification when the secret is empty \\(fails open\\)"
	}
	w.WriteHeader(http.StatusOK)
}

// StrictHooks verifies with the verifier that refuses an empty secret.
type StrictHooks struct {
	Verify *signing.StrictVerifier
	Claims Claims
}

// Routes mounts the strict hooks.
func (p *StrictHooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/strict/claims", p.ClaimPaid)
}

// ClaimPaid marks the consultation paid on claim.paid.
func (p *StrictHooks) ClaimPaid(w http.ResponseWriter, r *http.Request) {
	body, evt, err := decodeClaim(r)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := p.Verify.Check(body, r.Header); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	if evt.Type == "claim.paid" {
		_ = p.Claims.MarkPaid(r.Context(), evt.ConsultID, evt.ClaimID)
	}
	w.WriteHeader(http.StatusOK)
}
