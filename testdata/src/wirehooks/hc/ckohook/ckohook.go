// Package ckohook receives Checkout.com-style payment events signed with
// an HMAC; the store, the on-call pager and the counters are bound by
// package ckosrv.
package ckohook

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
)

// Payments stores the payment's state.
type Payments interface {
	MarkCaptured(ctx context.Context, paymentID string, amount int64) error
}

// Pager tells a team something, with no event in hand.
type Pager interface {
	Page(ctx context.Context, team, text string) error
}

// Counters counts deliveries.
type Counters interface {
	Incr(name string)
}

type event struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	Data struct {
		ID     string `json:"id"`
		Amount int64  `json:"amount"`
	} `json:"data"`
}

// Captures pages finance before it answers: the pager bound to it calls
// an incident API over HTTP.
type Captures struct {
	key   []byte
	store Payments
	pager Pager
	stats Counters
}

func NewCaptures(key string, p Payments, pg Pager, c Counters) *Captures {
	return &Captures{key: []byte(key), store: p, pager: pg, stats: c}
}

func (c *Captures) Captured(w http.ResponseWriter, r *http.Request) {
	ev, ok := readSigned(w, r, c.key)
	if !ok {
		return
	}
	if err := c.store.MarkCaptured(r.Context(), ev.Data.ID, ev.Data.Amount); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	c.stats.Incr("cko.captured")
	if err := c.pager.Page(r.Context(), "finance", "a capture arrived: reconcile today"); err != nil {
		c.stats.Incr("cko.page_failed")
	}
	w.WriteHeader(http.StatusOK)
}

// Flushed answers and flushes first: the page is sent after the provider has its 200.
type Flushed struct {
	key   []byte
	store Payments
	pager Pager
}

func NewFlushed(key string, p Payments, pg Pager) *Flushed {
	return &Flushed{key: []byte(key), store: p, pager: pg}
}

func (f *Flushed) Captured(w http.ResponseWriter, r *http.Request) {
	ev, ok := readSigned(w, r, f.key)
	if !ok {
		return
	}
	if err := f.store.MarkCaptured(r.Context(), ev.Data.ID, ev.Data.Amount); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
	_ = http.NewResponseController(w).Flush()
	_ = f.pager.Page(context.Background(), "finance", "a capture arrived: reconcile today")
}

// Counted only counts before it answers; the counter bound to it is in memory.
type Counted struct {
	key   []byte
	store Payments
	stats Counters
}

func NewCounted(key string, p Payments, c Counters) *Counted {
	return &Counted{key: []byte(key), store: p, stats: c}
}

func (c *Counted) Captured(w http.ResponseWriter, r *http.Request) {
	ev, ok := readSigned(w, r, c.key)
	if !ok {
		return
	}
	if err := c.store.MarkCaptured(r.Context(), ev.Data.ID, ev.Data.Amount); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	c.stats.Incr("cko.captured")
	w.WriteHeader(http.StatusOK)
}

// readSigned reads the body, refuses a bad signature and decodes the event.
func readSigned(w http.ResponseWriter, r *http.Request, key []byte) (event, bool) {
	var ev event
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "body", http.StatusBadRequest)
		return ev, false
	}
	mac := hmac.New(sha256.New, key)
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("Cko-Signature"))) {
		http.Error(w, "signature", http.StatusUnauthorized)
		return ev, false
	}
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "json", http.StatusBadRequest)
		return ev, false
	}
	return ev, true
}
