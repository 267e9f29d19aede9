// Package sandbox receives Paddle-style payment webhooks on net/http
// routes, with deploy switches around the signature check.
package sandbox

import (
	"database/sql"
	"encoding/json"
	"io"
	"net/http"
	"os"

	"webhookverify/secretv11/paddlesig"
)

type txEvent struct {
	EventType string `json:"event_type"`
	Data      struct {
		ID string `json:"id"`
	} `json:"data"`
}

func settle(db *sql.DB, r *http.Request, body []byte) error {
	var ev txEvent
	if err := json.Unmarshal(body, &ev); err != nil || ev.EventType != "transaction.completed" {
		return err
	}
	_, err := db.ExecContext(r.Context(), `UPDATE orders SET status = 'paid' WHERE paddle_txn = $1`, ev.Data.ID)
	return err
}

// SwitchHooks skips the check when sandbox is set, and sandbox comes from
// the deployment's configuration: a production deploy missing the
// variable accepts forged events.
type SwitchHooks struct {
	db      *sql.DB
	secret  string
	sandbox bool
}

func (h *SwitchHooks) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if !h.sandbox {
		if err := paddlesig.VerifyStrict(h.secret, r.Header.Get(paddlesig.Header), body); err != nil {
			http.Error(w, "signature", http.StatusUnauthorized)
			return
		}
	}
	if err := settle(h.db, r, body); err != nil { // want `payment webhook /webhooks/paddle verifies the signature only on some paths`
		http.Error(w, "store", http.StatusInternalServerError)
	}
}

// bypassHooks has a switch only its tests turn on (sandbox_test.go): in
// a deployed binary the check always runs.
type bypassHooks struct {
	db      *sql.DB
	secret  string
	skipSig bool
}

func (h *bypassHooks) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if !h.skipSig {
		if err := paddlesig.VerifyStrict(h.secret, r.Header.Get(paddlesig.Header), body); err != nil {
			http.Error(w, "signature", http.StatusUnauthorized)
			return
		}
	}
	if err := settle(h.db, r, body); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
	}
}

// verifyDisabled is compiled in as false: the check always runs.
const verifyDisabled = false

type constHooks struct {
	db     *sql.DB
	secret string
}

func (h *constHooks) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if !verifyDisabled {
		if err := paddlesig.VerifyStrict(h.secret, r.Header.Get(paddlesig.Header), body); err != nil {
			http.Error(w, "signature", http.StatusUnauthorized)
			return
		}
	}
	if err := settle(h.db, r, body); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
	}
}

// baseURLHooks uses its sandbox flag only to pick the API it reads from:
// the check runs on every request.
type baseURLHooks struct {
	db      *sql.DB
	secret  string
	sandbox bool
}

func (h *baseURLHooks) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := paddlesig.VerifyStrict(h.secret, r.Header.Get(paddlesig.Header), body); err != nil {
		http.Error(w, "signature", http.StatusUnauthorized)
		return
	}
	base := "https://api.paddle.example"
	if h.sandbox {
		base = "https://sandbox-api.paddle.example"
	}
	w.Header().Set("X-Api-Base", base)
	if err := settle(h.db, r, body); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
	}
}

// Register mounts the handlers.
func Register(mux *http.ServeMux, db *sql.DB) {
	secret := os.Getenv("PADDLE_SECRET")
	live := os.Getenv("PADDLE_ENV") == "production"
	mux.Handle("/webhooks/paddle", &SwitchHooks{db: db, secret: secret, sandbox: !live})
	mux.Handle("/webhooks/paddle-bypass", &bypassHooks{db: db, secret: secret})
	mux.Handle("/webhooks/paddle-const", &constHooks{db: db, secret: secret})
	mux.Handle("/webhooks/paddle-base", &baseURLHooks{db: db, secret: secret, sandbox: !live})
}
