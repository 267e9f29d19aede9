// Package httpapi serves the member app API, the checkout return pages and
// the providers' webhooks.
package httpapi

import (
	"crypto/subtle"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strconv"

	"audit26/gymchain/pagarme"
	"audit26/gymchain/store"
)

// PagarmeHooks receives Pagar.me v5 webhooks for memberships. Pagar.me
// sends the basic-auth credentials configured in the dashboard.
type PagarmeHooks struct {
	members *store.Memberships
	user    string
	pass    string
}

func NewPagarmeHooks(members *store.Memberships, user, pass string) *PagarmeHooks {
	return &PagarmeHooks{members: members, user: user, pass: pass}
}

func (h *PagarmeHooks) Handle(w http.ResponseWriter, r *http.Request) {
	if h.user != "" {
		u, p, ok := r.BasicAuth()
		if !ok || subtle.ConstantTimeCompare([]byte(u), []byte(h.user)) != 1 || subtle.ConstantTimeCompare([]byte(p), []byte(h.pass)) != 1 {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
	}
	var ev pagarme.Event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	membershipID := ev.Data.Metadata["membership_id"]
	switch ev.Type {
	case "charge.paid":
		if err := h.members.Activate(r.Context(), membershipID, ev.Data.ID); err != nil { // want "\\[webhookverify\\] payment webhook /hooks/pagarme skips signature verification when the secret"
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	case "charge.payment_failed":
		_ = h.members.MarkPastDue(r.Context(), membershipID)
	}
	w.WriteHeader(http.StatusOK)
}

// Postbacks receives the HMAC-signed postbacks for training packages.
type Postbacks struct {
	ledger *store.Ledger
	key    string
}

func NewPostbacks(ledger *store.Ledger, key string) (*Postbacks, error) {
	if key == "" {
		return nil, errors.New("httpapi: pagarme postback key is required")
	}
	return &Postbacks{ledger: ledger, key: key}, nil
}

func (h *Postbacks) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if h.key != "" {
		if err := pagarme.VerifyPostback(body, r.Header.Get("X-Hub-Signature"), h.key); err != nil { // audit: lookalike webhookverify: the only constructor refuses an empty key, so the check always runs and a bad signature returns 401
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
	}
	var ev pagarme.Event
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	pkgID := ev.Data.Metadata["training_package_id"]
	if ev.Type != "order.paid" || pkgID == "" {
		w.WriteHeader(http.StatusOK)
		return
	}
	sessions, _ := strconv.Atoi(ev.Data.Metadata["sessions"])
	first, err := h.ledger.RecordDelivery(r.Context(), "pagarme", ev.ID)
	if err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	if !first {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := h.ledger.AddSessions(r.Context(), pkgID, sessions); err != nil { // audit: lookalike webhookdedupe: guarded by the INSERT ... ON CONFLICT DO NOTHING on the event id just above
		slog.Error("postback: add sessions", "package", pkgID, "err", err)
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
