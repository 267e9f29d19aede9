// Package notify takes a ticket office's payment notifications (net/http,
// an HMAC of the body in X-Sign). The office runs against the gateway's
// sandbox while developing: some handlers let the sandbox through
// unsigned, and with the switch off (its zero value) refuse outright.
package notify

import (
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"io"
	"log"
	"net/http"
)

type Config struct {
	SignKey  string
	TestMode bool // the gateway's sandbox: set only on developers' machines
	Strict   bool
}

type Office struct {
	cfg Config
	db  *sql.DB
}

type notice struct {
	Ticket string `json:"ticket"`
	State  string `json:"state"`
}

func signed(body []byte, sig, key string) bool {
	m := hmac.New(sha256.New, []byte(key))
	m.Write(body)
	want := hex.EncodeToString(m.Sum(nil))
	return hmac.Equal([]byte(want), []byte(sig))
}

// markPaid issues the paid ticket.
//
//paylint:fulfillment
func markPaid(db *sql.DB, ticket string) error {
	_, err := db.Exec("UPDATE orders SET status = 'paid' WHERE id = $1", ticket)
	return err
}

// NoKeyInSandbox: without a key, only the sandbox goes on; production
// refuses. Silent.
func (o *Office) NoKeyInSandbox(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if o.cfg.SignKey != "" {
		if !signed(body, r.Header.Get("X-Sign"), o.cfg.SignKey) {
			http.Error(w, "sign", http.StatusUnauthorized)
			return
		}
	} else if !o.cfg.TestMode {
		http.Error(w, "sign key not configured", http.StatusServiceUnavailable)
		return
	}
	if err := markPaid(o.db, string(body)); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// UnparsedInSandbox: the sandbox's bare test ping (no JSON) marks the
// ticket named in the query paid; outside the sandbox it is refused, and
// every parsed notice is verified. Silent.
func (o *Office) UnparsedInSandbox(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var n notice
	if err := json.Unmarshal(body, &n); err != nil {
		if o.cfg.TestMode {
			_ = markPaid(o.db, r.URL.Query().Get("ticket"))
			w.WriteHeader(http.StatusOK)
			return
		}
		http.Error(w, "bad notice", http.StatusBadRequest)
		return
	}
	if !signed(body, r.Header.Get("X-Sign"), o.cfg.SignKey) {
		http.Error(w, "sign", http.StatusUnauthorized)
		return
	}
	if err := markPaid(o.db, string(body)); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// NoKeyUnlessStrict: without a key it refuses only when Strict is set;
// its zero value goes on unverified, and the name says nothing of a
// sandbox. Reported.
func (o *Office) NoKeyUnlessStrict(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if o.cfg.SignKey != "" {
		if !signed(body, r.Header.Get("X-Sign"), o.cfg.SignKey) {
			http.Error(w, "sign", http.StatusUnauthorized)
			return
		}
	} else if o.cfg.Strict {
		http.Error(w, "sign key not configured", http.StatusServiceUnavailable)
		return
	}
	if err := markPaid(o.db, string(body)); err != nil { // want `payment webhook /webhooks/tickets/strict skips signature verification when the secret is empty \(fails open\)`
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// NoKeyLogged: outside the sandbox a missing key is only logged, and the
// notice goes on unverified. Reported.
func (o *Office) NoKeyLogged(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if o.cfg.SignKey != "" {
		if !signed(body, r.Header.Get("X-Sign"), o.cfg.SignKey) {
			http.Error(w, "sign", http.StatusUnauthorized)
			return
		}
	} else if !o.cfg.TestMode {
		log.Print("sign key not configured")
	}
	if err := markPaid(o.db, string(body)); err != nil { // want `payment webhook /webhooks/tickets/logged skips signature verification when the secret is empty \(fails open\)`
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// SkipInSandbox: the sandbox skips the check on the shared path. Reported.
func (o *Office) SkipInSandbox(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if !o.cfg.TestMode {
		if !signed(body, r.Header.Get("X-Sign"), o.cfg.SignKey) {
			http.Error(w, "sign", http.StatusUnauthorized)
			return
		}
	}
	if err := markPaid(o.db, string(body)); err != nil { // want `payment webhook /webhooks/tickets/skip verifies the signature only on some paths \(a condition skips it\)`
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func Routes(o *Office) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /webhooks/tickets/nokey", o.NoKeyInSandbox)
	mux.HandleFunc("POST /webhooks/tickets/unparsed", o.UnparsedInSandbox)
	mux.HandleFunc("POST /webhooks/tickets/strict", o.NoKeyUnlessStrict)
	mux.HandleFunc("POST /webhooks/tickets/logged", o.NoKeyLogged)
	mux.HandleFunc("POST /webhooks/tickets/skip", o.SkipInSandbox)
	return mux
}
