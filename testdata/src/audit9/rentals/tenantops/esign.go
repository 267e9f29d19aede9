package tenantops

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"

	"github.com/jmoiron/sqlx"
)

// ESign receives envelope events from the e-signature service.
type ESign struct {
	db     *sqlx.DB
	mail   *Mailer
	secret []byte
}

// NewESign returns the e-sign webhook handler.
func NewESign(db *sqlx.DB, mail *Mailer, secret string) *ESign {
	return &ESign{db: db, mail: mail, secret: []byte(secret)}
}

type envelopeEvent struct {
	Event    string `json:"event"`
	Envelope struct {
		ID      string `json:"id"`
		LeaseID string `json:"lease_id"`
		Signer  string `json:"signer_email"`
		DocURL  string `json:"document_url"`
	} `json:"envelope"`
}

// Handle marks a lease signed when its envelope completes and mails the
// tenant the countersigned lease.
func (h *ESign) Handle(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, h.secret)
	mac.Write(body)
	sig, _ := base64.StdEncoding.DecodeString(r.Header.Get("X-Signature"))
	if !hmac.Equal(mac.Sum(nil), sig) {
		http.Error(w, "signature", http.StatusUnauthorized)
		return
	}
	var ev envelopeEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	if ev.Event == "envelope.completed" {
		h.db.MustExecContext(r.Context(),
			`UPDATE leases SET signed_at = coalesce(signed_at, now()), envelope_id = $2 WHERE id = $1`,
			ev.Envelope.LeaseID, ev.Envelope.ID)
		_ = h.mail.SendDocument(r.Context(), ev.Envelope.Signer, "Your signed lease", ev.Envelope.DocURL)
	}
	w.WriteHeader(http.StatusOK)
}
