// Package hooks receives a banking partner's inbound-credit notices for
// a marketplace's seller accounts.
package hooks

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
)

// Checker checks the event's signature.
type Checker interface {
	Check(body []byte, signature string) error
}

// Book posts an inbound credit to the seller's account.
type Book interface {
	Post(ctx context.Context, noticeID, account string, cents int64) error
}

// Assessor scores an inbound credit for fraud.
type Assessor interface {
	Assess(ctx context.Context, account string, cents int64) (int, error)
}

// Limiter says whether an account may still receive money today.
type Limiter interface {
	Allowed(ctx context.Context, account string, cents int64) bool
}

// Inbound handles the partner's notices.
type Inbound struct {
	checker Checker
	book    Book
	assess  Assessor
	limits  Limiter
}

// NewInbound builds the handler.
func NewInbound(c Checker, b Book, a Assessor, l Limiter) *Inbound {
	return &Inbound{checker: c, book: b, assess: a, limits: l}
}

type creditEvent struct {
	Type string `json:"type"`
	Data struct {
		ID      string `json:"id"`
		Account string `json:"account"`
		Cents   int64  `json:"cents"`
	} `json:"data"`
}

func (h *Inbound) read(w http.ResponseWriter, r *http.Request) (*creditEvent, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return nil, false
	}
	if err := h.checker.Check(body, r.Header.Get("X-Partner-Signature")); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return nil, false
	}
	var n creditEvent
	if err := json.Unmarshal(body, &n); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return nil, false
	}
	return &n, true
}

// Received scores the credit with the risk service, then books it.
func (h *Inbound) Received(w http.ResponseWriter, r *http.Request) {
	n, ok := h.read(w, r)
	if !ok || n.Type != "credit.received" {
		w.WriteHeader(http.StatusOK)
		return
	}
	score, err := h.assess.Assess(r.Context(), n.Data.Account, n.Data.Cents)
	if err != nil || score > 80 {
		w.WriteHeader(http.StatusAccepted)
		return
	}
	if err := h.book.Post(r.Context(), n.Data.ID, n.Data.Account, n.Data.Cents); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Capped checks the day's limit from memory, then books the credit.
func (h *Inbound) Capped(w http.ResponseWriter, r *http.Request) {
	n, ok := h.read(w, r)
	if !ok || n.Type != "credit.received" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if !h.limits.Allowed(r.Context(), n.Data.Account, n.Data.Cents) {
		w.WriteHeader(http.StatusAccepted)
		return
	}
	if err := h.book.Post(r.Context(), n.Data.ID, n.Data.Account, n.Data.Cents); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
