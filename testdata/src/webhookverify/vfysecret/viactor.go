package vfysecret

import (
	"database/sql"
	"io"
	"log"
	"net/http"
	"os"
)

// Hub's key reaches the struct through an unexported constructor whose
// only caller refuses an empty key: the gate in its handler is dead.
type Hub struct {
	key string
	db  *sql.DB
}

func newHub(db *sql.DB, key string) *Hub { return &Hub{key: key, db: db} }

func StartHub(db *sql.DB) *Hub {
	k := os.Getenv("HUB_CALLBACK_KEY")
	if len(k) == 0 {
		log.Fatalf("HUB_CALLBACK_KEY is not set")
	}
	return newHub(db, k)
}

// OpenHub's only caller hands the environment's value as it comes.
type OpenHub struct {
	key string
	db  *sql.DB
}

func newOpenHub(db *sql.DB, key string) *OpenHub { return &OpenHub{key: key, db: db} }

func StartOpenHub(db *sql.DB) *OpenHub { return newOpenHub(db, os.Getenv("OPEN_HUB_KEY")) }

// PublicHub's constructor is exported: callers in other packages may
// hand it anything.
type PublicHub struct {
	key string
	db  *sql.DB
}

func NewPublicHub(db *sql.DB, key string) *PublicHub { return &PublicHub{key: key, db: db} }

func (x *Hub) Routes(mux *http.ServeMux)     { mux.HandleFunc("POST /callbacks/hub", x.callback) }
func (x *OpenHub) Routes(mux *http.ServeMux) { mux.HandleFunc("POST /callbacks/open-hub", x.callback) }
func (x *PublicHub) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /callbacks/public-hub", x.callback)
}

func (x *Hub) callback(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if x.key != "" && !signed(x.key, body, r.Header.Get("X-Callback-Signature")) {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	x.db.Exec("UPDATE topups SET status = 'paid' WHERE ref = $1", string(body))
}

func (x *OpenHub) callback(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if x.key != "" && !signed(x.key, body, r.Header.Get("X-Callback-Signature")) {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	x.db.Exec("UPDATE topups SET status = 'paid' WHERE ref = $1", string(body)) // want `skips signature verification when the secret is empty`
}

func (x *PublicHub) callback(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if x.key != "" && !signed(x.key, body, r.Header.Get("X-Callback-Signature")) {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	x.db.Exec("UPDATE topups SET status = 'paid' WHERE ref = $1", string(body)) // want `skips signature verification when the secret is empty`
}
