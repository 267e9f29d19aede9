// Package hooks: the gym's Lemon Squeezy webhooks on net/http; the
// membership documents go through the generic repository of mongosubs.
package hooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"time"

	"mongosubs/store"
)

type Hooks struct {
	secret      []byte
	memberships *store.Repo[store.Membership]
	audit       *store.Repo[store.AuditEntry]
}

type order struct {
	Meta struct {
		EventName string `json:"event_name"`
	} `json:"meta"`
	Data struct {
		ID string `json:"id"`
	} `json:"data"`
}

func (h *Hooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /lemonsqueezy/webhook", h.unsigned)
	mux.HandleFunc("POST /lemonsqueezy/webhook-signed", h.signed)
	mux.HandleFunc("POST /lemonsqueezy/webhook-audit", h.auditOnly)
}

// Anyone may post a subscription_created event: a membership document is
// inserted without a signature check.
func (h *Hooks) unsigned(w http.ResponseWriter, r *http.Request) {
	var o order
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if o.Meta.EventName == "subscription_created" {
		if err := h.memberships.Add(r.Context(), &store.Membership{StripeSubscription: o.Data.ID, Plan: "gold", Status: "active"}); err != nil { // want `payment webhook /lemonsqueezy/webhook acts on the payment .* without verifying`
			http.Error(w, "db", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// Silent: the X-Signature HMAC of the body is checked first.
func (h *Hooks) signed(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, h.secret)
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(r.Header.Get("X-Signature"))) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var o order
	if err := json.Unmarshal(body, &o); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if o.Meta.EventName == "subscription_created" {
		if err := h.memberships.Add(r.Context(), &store.Membership{StripeSubscription: o.Data.ID, Plan: "gold", Status: "active"}); err != nil {
			http.Error(w, "db", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// Silent: an audit entry is no payment effect.
func (h *Hooks) auditOnly(w http.ResponseWriter, r *http.Request) {
	var o order
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	_ = h.audit.Add(r.Context(), &store.AuditEntry{Actor: "lemonsqueezy", Action: o.Meta.EventName, At: time.Now()})
	w.WriteHeader(http.StatusOK)
}
