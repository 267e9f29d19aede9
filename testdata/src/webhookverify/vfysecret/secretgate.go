// Package vfysecret: callbacks whose signature check depends on a
// secret read when the server starts: fail-open unless every constructor
// refuses an empty secret (the runtime check is then dead code).
package vfysecret

import (
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"io"
	"log"
	"net/http"
	"os"
)

// TopUps receives a mobile-money aggregator's signed callbacks. Its
// secret comes from the environment when the server starts.
type TopUps struct {
	key string
	db  *sql.DB
}

func NewTopUps(db *sql.DB) *TopUps {
	return &TopUps{key: os.Getenv("TOPUP_CALLBACK_KEY"), db: db}
}

func (t *TopUps) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /callbacks/topup/open", t.checkedWhenKeySet)
	mux.HandleFunc("POST /callbacks/topup/open-nested", t.checkedWhenKeySetNested)
	mux.HandleFunc("POST /callbacks/topup/closed", t.refusesWithoutKey)
}

func signed(key string, body []byte, got string) bool {
	m := hmac.New(sha256.New, []byte(key))
	m.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(m.Sum(nil))), []byte(got))
}

type topUpNotice struct {
	Ref    string `json:"ref"`
	Status string `json:"status"`
}

// checkedWhenKeySet: an unset TOPUP_CALLBACK_KEY accepts any callback.
func (t *TopUps) checkedWhenKeySet(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	if len(t.key) > 0 && !signed(t.key, body, r.Header.Get("X-Callback-Signature")) {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	t.db.Exec("UPDATE topups SET status = 'paid' WHERE ref = $1", string(body)) // want `skips signature verification when the secret is empty`
}

// checkedWhenKeySetNested: the same gate written as nested ifs.
func (t *TopUps) checkedWhenKeySetNested(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	if t.key != "" {
		if !signed(t.key, body, r.Header.Get("X-Callback-Signature")) {
			w.WriteHeader(http.StatusForbidden)
			return
		}
	}
	t.db.Exec("UPDATE topups SET status = 'paid' WHERE ref = $1", string(body)) // want `skips signature verification when the secret is empty`
}

// refusesWithoutKey: no key configured is a server error, never a pass.
func (t *TopUps) refusesWithoutKey(w http.ResponseWriter, r *http.Request) {
	if t.key == "" {
		http.Error(w, "callback key not configured", http.StatusInternalServerError)
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	if !signed(t.key, body, r.Header.Get("X-Callback-Signature")) {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	t.db.Exec("UPDATE topups SET status = 'paid' WHERE ref = $1", string(body))
}

// Relays' constructors refuse an empty key: the runtime gate is dead code.
type Relay struct {
	key string
	db  *sql.DB
}

func NewRelay(db *sql.DB) (*Relay, error) {
	k := os.Getenv("RELAY_CALLBACK_KEY")
	if k == "" {
		return nil, errors.New("RELAY_CALLBACK_KEY is not set")
	}
	return &Relay{key: k, db: db}, nil
}

type Strict struct {
	key []byte
	db  *sql.DB
}

func MustStrict(db *sql.DB) *Strict {
	k := os.Getenv("STRICT_CALLBACK_KEY")
	if k == "" {
		log.Fatal("STRICT_CALLBACK_KEY is not set")
	}
	return &Strict{key: []byte(k), db: db}
}

type Guarded struct {
	key string
	db  *sql.DB
}

func NewGuarded(db *sql.DB, key string) *Guarded {
	if key == "" {
		panic("vfysecret: empty callback key")
	}
	return &Guarded{key: key, db: db}
}

func (x *Relay) Routes(mux *http.ServeMux)   { mux.HandleFunc("POST /callbacks/relay", x.callback) }
func (x *Strict) Routes(mux *http.ServeMux)  { mux.HandleFunc("POST /callbacks/strict", x.callback) }
func (x *Guarded) Routes(mux *http.ServeMux) { mux.HandleFunc("POST /callbacks/guarded", x.callback) }

func (x *Relay) callback(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if x.key != "" && !signed(x.key, body, r.Header.Get("X-Callback-Signature")) {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	x.db.Exec("UPDATE topups SET status = 'paid' WHERE ref = $1", string(body))
}

func (x *Strict) callback(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if len(x.key) != 0 {
		if !signed(string(x.key), body, r.Header.Get("X-Callback-Signature")) {
			w.WriteHeader(http.StatusForbidden)
			return
		}
	}
	x.db.Exec("UPDATE topups SET status = 'paid' WHERE ref = $1", string(body))
}

func (x *Guarded) callback(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if x.key != "" && !signed(x.key, body, r.Header.Get("X-Callback-Signature")) {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	x.db.Exec("UPDATE topups SET status = 'paid' WHERE ref = $1", string(body))
}
