package workspace

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"
	"gorm.io/gorm"
)

// Contract is the signed agreement between a client and a freelancer.
type Contract struct {
	ID       string `gorm:"primaryKey"`
	Status   string
	SignedBy string
}

// TaxForm is a freelancer's collected tax document.
type TaxForm struct {
	UserID     string `gorm:"primaryKey"`
	EnvelopeID string
	Status     string
}

// Contracts receives e-signature callbacks for contracts and tax forms.
type Contracts struct {
	db    *gorm.DB
	token string
}

// NewContracts returns the e-signature integration.
func NewContracts(db *gorm.DB, token string) *Contracts { return &Contracts{db: db, token: token} }

type esignEvent struct {
	Event      string `json:"event"`
	EnvelopeID string `json:"envelope_id"`
	Reference  string `json:"reference"`
	Signer     string `json:"signer"`
}

// SignatureHook activates a contract once both parties signed.
func (c *Contracts) SignatureHook(w http.ResponseWriter, r *http.Request) {
	if subtle.ConstantTimeCompare([]byte(r.Header.Get("X-ESign-Token")), []byte(c.token)) != 1 {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var evt esignEvent
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	if evt.Event == "envelope.completed" {
		res := c.db.WithContext(r.Context()).Model(&Contract{}).
			Where("id = ?", evt.Reference).
			Updates(map[string]any{"status": "active", "signed_by": evt.Signer})
		if res.Error != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

// MarkSubmitted records a signed tax form.
func (c *Contracts) MarkSubmitted(ctx context.Context, userID, envelopeID string) error {
	return c.db.WithContext(ctx).Save(&TaxForm{UserID: userID, EnvelopeID: envelopeID, Status: "submitted"}).Error
}

// Routes mounts the e-signature callbacks.
func (c *Contracts) Routes(r chi.Router) {
	r.Post("/esign/events", c.SignatureHook)
}
