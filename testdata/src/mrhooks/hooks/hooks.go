// Package hooks receives the acquirer's top-up notifications; the store
// behind top.Store is implemented in sqlstore (imported here for its
// constructor), where its rows show money and a status.
package hooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log"
	"net/http"

	"mrhooks/sqlstore"
	"mrhooks/top"
)

var _ = (*sqlstore.TopUps)(nil)

// Acquirer handles the acquirer's signed notifications.
type Acquirer struct {
	key   []byte
	store top.Store
}

type notice struct {
	Reference string `json:"reference"`
	Outcome   string `json:"outcome"`
}

func (a *Acquirer) valid(body []byte, sig string) bool {
	m := hmac.New(sha256.New, a.key)
	m.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(m.Sum(nil))), []byte(sig))
}

// LoggedOnly: the mismatch is logged and the top-up still settled.
func (a *Acquirer) LoggedOnly(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if !a.valid(body, r.Header.Get("X-Acquirer-Signature")) {
		log.Printf("bad signature")
	}
	var n notice
	if err := json.Unmarshal(body, &n); err != nil {
		http.Error(w, "bad", http.StatusBadRequest)
		return
	}
	if n.Outcome == "SETTLED" {
		a.store.MarkSettled(r.Context(), n.Reference) // want `payment webhook Acquirer.LoggedOnly verifies the signature but carries on when it fails`
	}
	w.WriteHeader(http.StatusOK)
}

// Enforced: the same store, verified first: silent.
func (a *Acquirer) Enforced(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if !a.valid(body, r.Header.Get("X-Acquirer-Signature")) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var n notice
	if err := json.Unmarshal(body, &n); err != nil {
		http.Error(w, "bad", http.StatusBadRequest)
		return
	}
	a.store.MarkSettled(r.Context(), n.Reference)
	w.WriteHeader(http.StatusOK)
}

// PayoutLogged: a payout marked completed after a logged mismatch moves
// no money to the sender and buys nothing: left to TerminalWrites, silent.
func (a *Acquirer) PayoutLogged(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if !a.valid(body, r.Header.Get("X-Acquirer-Signature")) {
		log.Printf("bad signature")
	}
	var n notice
	_ = json.Unmarshal(body, &n)
	a.store.MarkPayoutDone(r.Context(), n.Reference)
	a.store.Note(r.Context(), n.Reference, n.Outcome)
	w.WriteHeader(http.StatusOK)
}
