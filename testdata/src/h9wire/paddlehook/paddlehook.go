// Package paddlehook receives Paddle transaction.paid notifications; the
// booking use case is bound by package app.
package paddlehook

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"

	"h9wire/credits"
)

// Booker books a paid transaction.
type Booker interface {
	Book(ctx context.Context, g credits.Grant) error
}

// Events remembers which notifications were handled.
type Events interface {
	MarkSeen(ctx context.Context, notificationID string) (bool, error)
}

type notification struct {
	NotificationID string `json:"notification_id"`
	EventType      string `json:"event_type"`
	Data           struct {
		ID         string `json:"id"`
		CustomerID string `json:"customer_id"`
		Totals     struct {
			Total int64 `json:"total"`
		} `json:"totals"`
	} `json:"data"`
}

func signed(secret string, body []byte, sig string) bool {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(sig))
}

// Paid books every delivery of transaction.paid: a redelivery books twice.
type Paid struct {
	secret string
	books  Booker
}

func NewPaid(secret string, b Booker) *Paid { return &Paid{secret: secret, books: b} }

func (p *Paid) Transaction(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil || !signed(p.secret, body, r.Header.Get("Paddle-Signature")) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var n notification
	if err := json.Unmarshal(body, &n); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if n.EventType != "transaction.paid" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := p.books.Book(r.Context(), credits.Grant{TransactionID: n.Data.ID, Customer: n.Data.CustomerID, AmountCents: n.Data.Totals.Total}); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// OncePaid asks the event store first: a redelivery stops there.
type OncePaid struct {
	secret string
	books  Booker
	events Events
}

func NewOncePaid(secret string, b Booker, e Events) *OncePaid {
	return &OncePaid{secret: secret, books: b, events: e}
}

func (p *OncePaid) Transaction(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil || !signed(p.secret, body, r.Header.Get("Paddle-Signature")) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var n notification
	if err := json.Unmarshal(body, &n); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	fresh, err := p.events.MarkSeen(r.Context(), n.NotificationID)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if !fresh {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := p.books.Book(r.Context(), credits.Grant{TransactionID: n.Data.ID, Customer: n.Data.CustomerID, AmountCents: n.Data.Totals.Total}); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
