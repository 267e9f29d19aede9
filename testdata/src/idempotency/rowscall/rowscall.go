// Package rowscall: workers whose pass ranges straight over the result of
// a query function (for _, r := range s.unsettled(ctx)) instead of a
// variable filled before the loop. The query function is the fill: when
// its body selects pending rows, every pass sends the same rows again.
package rowscall

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"log"
	"net/http"
	"time"

	"github.com/google/uuid"
	"github.com/robfig/cron/v3"
)

type Refund struct {
	ID     string
	Amount int64
}

const refunds = "https://psp.example.com/v2/refunds"

type store struct{ db *sql.DB }

// unsettled reads the refunds not sent yet.
func (s *store) unsettled(ctx context.Context) []Refund {
	rows, err := s.db.QueryContext(ctx, `SELECT id, amount FROM refunds WHERE state = 'queued'`)
	if err != nil {
		return nil
	}
	defer rows.Close()
	var out []Refund
	for rows.Next() {
		var r Refund
		if rows.Scan(&r.ID, &r.Amount) == nil {
			out = append(out, r)
		}
	}
	return out
}

// since reads the refunds created after t (not a status filter).
func (s *store) since(ctx context.Context, t time.Time) []Refund {
	rows, err := s.db.QueryContext(ctx, `SELECT id, amount FROM refunds WHERE created_at > $1`, t)
	if err != nil {
		return nil
	}
	defer rows.Close()
	var out []Refund
	for rows.Next() {
		var r Refund
		rows.Scan(&r.ID, &r.Amount)
		out = append(out, r)
	}
	return out
}

// page reads one page of queued refunds after a cursor.
func (s *store) page(ctx context.Context, after string) []Refund {
	rows, err := s.db.QueryContext(ctx, `SELECT id, amount FROM refunds WHERE state = 'queued' AND id > $1 ORDER BY id LIMIT 100`, after)
	if err != nil {
		return nil
	}
	defer rows.Close()
	var out []Refund
	for rows.Next() {
		var r Refund
		rows.Scan(&r.ID, &r.Amount)
		out = append(out, r)
	}
	return out
}

func refund(ctx context.Context, c *http.Client, r Refund, key string) error {
	b, _ := json.Marshal(map[string]any{"amount": r.Amount})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, refunds, bytes.NewReader(b))
	if key != "" {
		req.Header.Set("Idempotency-Key", key)
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// --- flagged ---

// A ticker pass over the queued refunds, a fresh key per pass.
func drainTicker(ctx context.Context, s *store, c *http.Client) {
	tick := time.NewTicker(30 * time.Second)
	defer tick.Stop()
	for range tick.C {
		for _, r := range s.unsettled(ctx) {
			if err := refund(ctx, c, r, uuid.New().String()); err != nil { // want `rowscall.refund \(POST /v2/refunds\) is retried by a worker loop that re-selects pending rows \(line 97\) with an idempotency key made anew on every attempt \(uuid.New\(\), line 99\)`
				log.Print(err)
			}
		}
	}
}

type job struct {
	s *store
	c *http.Client
}

// A method run by cron every few minutes, no key at all.
func (j *job) sweep() {
	ctx := context.Background()
	for _, r := range j.s.unsettled(ctx) {
		if refund(ctx, j.c, r, "") != nil { // want `rowscall.refund \(POST /v2/refunds\) is retried by a cron job that re-selects pending rows \(line 122\) without an idempotency key`
			continue
		}
	}
}

func schedule(c *cron.Cron, j *job) {
	c.AddFunc("*/2 * * * *", func() { j.sweep() })
	c.AddFunc("*/2 * * * *", func() { j.sweepKeyed() })
	c.AddFunc("@hourly", func() { j.recent() })
}

// --- silent ---

// The key comes from the row: the same on every pass.
func (j *job) sweepKeyed() {
	ctx := context.Background()
	for _, r := range j.s.unsettled(ctx) {
		refund(ctx, j.c, r, "refund-"+r.ID)
	}
}

// Rows created in the last hour, not a pending status: each pass sends
// other rows.
func (j *job) recent() {
	ctx := context.Background()
	for _, r := range j.s.since(ctx, time.Now().Add(-time.Hour)) {
		refund(ctx, j.c, r, "")
	}
}

// A cursor that moves inside the pass: each query reads other rows.
func drainPaged(ctx context.Context, s *store, c *http.Client) {
	cursor := ""
	for {
		for _, r := range s.page(ctx, cursor) {
			refund(ctx, c, r, "")
			cursor = r.ID
		}
		time.Sleep(time.Minute)
	}
}

// Queued rows, but only once: no pass loop or schedule runs it again.
func drainOnce(ctx context.Context, s *store, c *http.Client) {
	for _, r := range s.unsettled(ctx) {
		refund(ctx, c, r, "")
	}
}
