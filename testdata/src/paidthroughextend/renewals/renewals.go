// Package renewals receives a billing provider's transaction.completed
// notifications for locker plans; the store behind Terms is bound by
// the command.
package renewals

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"time"
)

// Terms moves a locker's paid-up-to date.
type Terms interface {
	ExtendPaidThrough(ctx context.Context, lockerID string) error
}

// Renewals handles the notifications.
type Renewals struct {
	secret string
	terms  Terms
}

// NewRenewals refuses to start without the notification secret.
func NewRenewals(secret string, t Terms) (*Renewals, error) {
	if secret == "" {
		return nil, errors.New("renewals: secret is required")
	}
	return &Renewals{secret: secret, terms: t}, nil
}

type notification struct {
	EventID   string `json:"event_id"`
	EventType string `json:"event_type"`
	Data      struct {
		ID         string         `json:"id"`
		CustomData map[string]any `json:"custom_data"`
	} `json:"data"`
}

// Handle moves the locker's paid-through date on every delivery of
// transaction.completed.
func (h *Renewals) Handle(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, []byte(h.secret))
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("Billing-Signature"))) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var n notification
	if err := json.Unmarshal(body, &n); err != nil || n.EventType != "transaction.completed" {
		w.WriteHeader(http.StatusOK)
		return
	}
	lockerID, _ := n.Data.CustomData["locker_id"].(string)
	if err := h.terms.ExtendPaidThrough(r.Context(), lockerID); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Periods sets a locker's paid-up-to date.
type Periods interface {
	SetPaidThrough(ctx context.Context, lockerID string, end time.Time) error
}

// PeriodRenewals sets the date to the billing period's end the
// notification carries: the same date on every delivery.
type PeriodRenewals struct {
	secret  string
	periods Periods
}

// NewPeriodRenewals refuses to start without the notification secret.
func NewPeriodRenewals(secret string, p Periods) (*PeriodRenewals, error) {
	if secret == "" {
		return nil, errors.New("renewals: secret is required")
	}
	return &PeriodRenewals{secret: secret, periods: p}, nil
}

type billedNotification struct {
	EventType string `json:"event_type"`
	Data      struct {
		CustomData    map[string]any `json:"custom_data"`
		BillingPeriod struct {
			EndsAt time.Time `json:"ends_at"`
		} `json:"billing_period"`
	} `json:"data"`
}

// Handle sets the paid-through date to billing_period.ends_at.
func (h *PeriodRenewals) Handle(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, []byte(h.secret))
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("Billing-Signature"))) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var n billedNotification
	if err := json.Unmarshal(body, &n); err != nil || n.EventType != "transaction.completed" {
		w.WriteHeader(http.StatusOK)
		return
	}
	lockerID, _ := n.Data.CustomData["locker_id"].(string)
	if err := h.periods.SetPaidThrough(r.Context(), lockerID, n.Data.BillingPeriod.EndsAt); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
