// Package hooks receives the PSP's top-up notifications. Mount and
// MountWrapped build the handler from the TopUps they are handed;
// neither returns it, so the package binding the use case sees the
// handler's field only through what these functions store in it.
package hooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"

	"github.com/go-chi/chi/v5"

	"wirehooks/ports/domain"
)

type notifications struct {
	topups domain.TopUps
	secret []byte
}

// topUp verifies the PSP's HMAC, then settles the top-up with no check
// that the event was already applied.
func (n *notifications) topUp(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, n.secret)
	mac.Write(body)
	sig, _ := hex.DecodeString(r.Header.Get("X-PSP-Signature"))
	if !hmac.Equal(mac.Sum(nil), sig) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var ev domain.TopUpEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	if ev.Status != "succeeded" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := n.topups.Settle(r.Context(), ev); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Mount stores the TopUps it is handed in the handler's field.
func Mount(r chi.Router, t domain.TopUps, secret []byte) {
	n := &notifications{topups: t, secret: secret}
	r.Post("/webhooks/psp/topup", n.topUp)
}

// MountWrapped stores what wrap makes of the TopUps it is handed: no
// parameter is the field's value.
func MountWrapped(r chi.Router, t domain.TopUps, wrap func(domain.TopUps) domain.TopUps, secret []byte) {
	n := &notifications{topups: wrap(t), secret: secret}
	r.Post("/webhooks/psp/topup", n.topUp)
}
