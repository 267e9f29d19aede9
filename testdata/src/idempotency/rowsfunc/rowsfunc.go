// Package rowsfunc: a worker over pending rows that is handed the payment
// write as a function value (a named function or a closure). Every pass
// re-selects the rows still pending and calls the function for each, so
// the function's write is repeated until the row leaves pending: its key
// must come from the row.
package rowsfunc

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
	"time"

	"github.com/google/uuid"
)

type Payout struct {
	ID     string
	Amount int64
	Key    string
}

const payouts = "https://psp.example.com/v1/payouts"

type Sweeper struct {
	db *sql.DB
	hc *http.Client
}

// due selects the payouts not sent yet.
func (s *Sweeper) due(ctx context.Context) []Payout {
	rows, err := s.db.QueryContext(ctx, `SELECT id, amount, key FROM payouts WHERE status = 'queued'`)
	if err != nil {
		return nil
	}
	defer rows.Close()
	var out []Payout
	for rows.Next() {
		var p Payout
		if rows.Scan(&p.ID, &p.Amount, &p.Key) == nil {
			out = append(out, p)
		}
	}
	return out
}

// Loop runs send for every queued payout, once a minute, forever; a
// failed send leaves the row queued.
func (s *Sweeper) Loop(ctx context.Context, send func(context.Context, *http.Client, Payout) error) {
	for range time.Tick(time.Minute) {
		for _, p := range s.due(ctx) {
			if send(ctx, s.hc, p) == nil {
				_, _ = s.db.ExecContext(ctx, `UPDATE payouts SET status = 'sent' WHERE id = $1`, p.ID)
			}
		}
	}
}

// post sends one payout under the given key.
func post(ctx context.Context, hc *http.Client, p Payout, key string) error {
	b, _ := json.Marshal(p)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, payouts, bytes.NewReader(b))
	req.Header.Set("Idempotency-Key", key)
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// --- flagged ---

// sendMinted mints its key on every call: every pass is a new payout.
func sendMinted(ctx context.Context, hc *http.Client, p Payout) error {
	b, _ := json.Marshal(p)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, payouts, bytes.NewReader(b))
	req.Header.Set("Idempotency-Key", uuid.New().String())
	resp, err := hc.Do(req) // want `POST /v1/payouts is retried by Loop \(line 88\) with an idempotency key made anew on every attempt`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func StartMinted(ctx context.Context, s *Sweeper) {
	go s.Loop(ctx, sendMinted)
}

// --- silent ---

// sendRowKey takes the key stored on the row.
func sendRowKey(ctx context.Context, hc *http.Client, p Payout) error {
	return post(ctx, hc, p, p.Key)
}

// sendByID derives the key from the row's id.
func sendByID(ctx context.Context, hc *http.Client, p Payout) error {
	b, _ := json.Marshal(p)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, payouts, bytes.NewReader(b))
	req.Header.Set("Idempotency-Key", "payout-"+p.ID)
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func StartStable(ctx context.Context, s *Sweeper) {
	go s.Loop(ctx, sendRowKey)
	go s.Loop(ctx, sendByID)
}

// Each runs f once per item of a slice it is given: no pass re-selects
// anything, so a fresh key per call is no replay.
func Each(ctx context.Context, hc *http.Client, list []Payout, f func(context.Context, *http.Client, Payout) error) {
	for _, p := range list {
		_ = f(ctx, hc, p)
	}
}

// sendOnce is only handed to Each.
func sendOnce(ctx context.Context, hc *http.Client, p Payout) error {
	b, _ := json.Marshal(p)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, payouts, bytes.NewReader(b))
	req.Header.Set("Idempotency-Key", uuid.New().String())
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func SendBatch(ctx context.Context, hc *http.Client, list []Payout) {
	Each(ctx, hc, list, sendOnce)
}
