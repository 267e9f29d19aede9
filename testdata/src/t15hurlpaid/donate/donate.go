// Package donate takes donations through Stripe on net/http's ServeMux;
// the page the donor lands on is /donations/{id}/done.
package donate

import (
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"net/http"
)

type Site struct {
	db     *sql.DB
	secret []byte
}

func (s *Site) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /donations/{id}/done", s.done)
	mux.HandleFunc("GET /donations/{id}/signed", s.signed)
	mux.HandleFunc("POST /donations/{id}/posted", s.posted)
}

// done stores the donation paid when the URL says succeeded.
func (s *Site) done(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("res") == "succeeded" {
		s.db.ExecContext(r.Context(), "UPDATE donations SET status = 'paid' WHERE id = $1", r.PathValue("id")) // want `order fulfilled in the success-redirect handler from the query string \(res\) without reading the payment's status from the provider`
	}
	w.Write([]byte("thank you"))
}

// signed is a provider's GET notification: the query is HMAC-signed and
// checked before its result is believed.
func (s *Site) signed(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	mac := hmac.New(sha256.New, s.secret)
	mac.Write([]byte(q.Get("id") + q.Get("res")))
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(q.Get("sig"))) {
		http.Error(w, "bad signature", http.StatusForbidden)
		return
	}
	if q.Get("res") == "succeeded" {
		s.db.ExecContext(r.Context(), "UPDATE donations SET status = 'paid' WHERE id = $1", r.PathValue("id"))
	}
}

// posted is reached by POST only: not a page the donor's browser opens
// from a link.
func (s *Site) posted(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("res") == "succeeded" {
		s.db.ExecContext(r.Context(), "UPDATE donations SET status = 'paid' WHERE id = $1", r.PathValue("id"))
	}
	w.WriteHeader(http.StatusNoContent)
}
