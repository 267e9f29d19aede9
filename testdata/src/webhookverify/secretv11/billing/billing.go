// Package billing receives Paddle-style subscription payment webhooks on
// gorilla/mux routes.
package billing

import (
	"database/sql"
	"io"
	"log"
	"net/http"
	"os"

	"github.com/gorilla/mux"

	"webhookverify/secretv11/paddlesig"
)

type txEvent struct {
	EventType string `json:"event_type"`
	Data      struct {
		ID     string `json:"id"`
		Status string `json:"status"`
	} `json:"data"`
}

func markPaid(db *sql.DB, r *http.Request, id string) error {
	_, err := db.ExecContext(r.Context(), `UPDATE subscriptions SET status = 'paid' WHERE paddle_txn = $1`, id)
	return err
}

// OpenHooks takes its secret from whoever builds it: an empty one makes
// paddlesig.Verify accept forged events.
type OpenHooks struct {
	db     *sql.DB
	secret string
}

// NewOpenHooks builds the handler; nothing refuses an empty secret.
func NewOpenHooks(db *sql.DB, secret string) *OpenHooks {
	return &OpenHooks{db: db, secret: secret}
}

func (h *OpenHooks) Transaction(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := paddlesig.Verify(h.secret, r.Header.Get(paddlesig.Header), body); err != nil {
		http.Error(w, "signature", http.StatusUnauthorized)
		return
	}
	ev, err := decode(body)
	if err != nil || ev.EventType != "transaction.completed" {
		return
	}
	if err := markPaid(h.db, r, ev.Data.ID); err != nil { // want `payment webhook /webhooks/paddle skips signature verification when the secret is empty`
		http.Error(w, "store", http.StatusInternalServerError)
	}
}

// StrictHooks uses the verifier that errors on an empty secret: silent.
type StrictHooks struct {
	db     *sql.DB
	secret string
}

// NewStrictHooks builds the handler.
func NewStrictHooks(db *sql.DB, secret string) *StrictHooks {
	return &StrictHooks{db: db, secret: secret}
}

func (h *StrictHooks) Transaction(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := paddlesig.VerifyStrict(h.secret, r.Header.Get(paddlesig.Header), body); err != nil {
		http.Error(w, "signature", http.StatusUnauthorized)
		return
	}
	ev, err := decode(body)
	if err != nil || ev.EventType != "transaction.completed" {
		return
	}
	if err := markPaid(h.db, r, ev.Data.ID); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
	}
}

// checkedHooks gets its secret from newCheckedHooks, which exits when the
// variable is unset: the empty-secret path of paddlesig.Verify is dead.
type checkedHooks struct {
	db     *sql.DB
	secret string
}

func newCheckedHooks(db *sql.DB) *checkedHooks {
	s := os.Getenv("PADDLE_WEBHOOK_SECRET")
	if s == "" {
		log.Fatal("PADDLE_WEBHOOK_SECRET is not set")
	}
	return &checkedHooks{db: db, secret: s}
}

func (h *checkedHooks) Transaction(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := paddlesig.Verify(h.secret, r.Header.Get(paddlesig.Header), body); err != nil {
		http.Error(w, "signature", http.StatusUnauthorized)
		return
	}
	ev, err := decode(body)
	if err != nil || ev.EventType != "transaction.completed" {
		return
	}
	if err := markPaid(h.db, r, ev.Data.ID); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
	}
}

// Routes mounts the handlers.
func Routes(db *sql.DB) *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/webhooks/paddle", NewOpenHooks(db, os.Getenv("PADDLE_SECRET")).Transaction).Methods("POST")
	r.HandleFunc("/webhooks/paddle-strict", NewStrictHooks(db, os.Getenv("PADDLE_SECRET")).Transaction).Methods("POST")
	r.HandleFunc("/webhooks/paddle-checked", newCheckedHooks(db).Transaction).Methods("POST")
	return r
}
