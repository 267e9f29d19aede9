// Package rows: payout workers that select the rows still pending on
// every pass and send the payout for each. A failed or lost send leaves
// the row pending, so the next pass sends it again: the key must come
// from the row.
package rows

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"log"
	"net/http"
	"time"

	"github.com/google/uuid"
	"gorm.io/gorm"
)

type Payout struct {
	ID     string
	Amount int64
	Status string
}

const payouts = "https://api.example.com/v1/payouts"

func send(ctx context.Context, c *http.Client, p Payout, key string) error {
	body, _ := json.Marshal(map[string]any{"amount": p.Amount})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, payouts, bytes.NewReader(body))
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

// GORM, for {}: no key; a failure only logs, the row stays pending.
func gormNoKey(ctx context.Context, db *gorm.DB, c *http.Client) {
	for {
		var rows []Payout
		db.Where("status = ?", "pending").Find(&rows)
		for _, row := range rows {
			body, _ := json.Marshal(map[string]any{"amount": row.Amount})
			resp, err := c.Post(payouts, "application/json", bytes.NewReader(body)) // want `POST /v1/payouts is retried by a worker loop that re-selects pending rows \(line 45\) without an idempotency key: a retry after a lost response can charge twice; take the key from the row \(its id or reference\), the same on every pass`
			if err != nil {
				log.Printf("payout %s: %v", row.ID, err)
				continue
			}
			resp.Body.Close()
			db.Model(&row).Update("status", "paid")
		}
		time.Sleep(time.Minute)
	}
}

// database/sql on a ticker, for rows.Next(): a key made per pass.
func sqlFreshKey(ctx context.Context, db *sql.DB, c *http.Client) {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for range t.C {
		rows, err := db.QueryContext(ctx, "SELECT id, amount FROM payouts WHERE status = 'pending'")
		if err != nil {
			continue
		}
		for rows.Next() {
			var p Payout
			rows.Scan(&p.ID, &p.Amount)
			body, _ := json.Marshal(map[string]any{"amount": p.Amount})
			req, _ := http.NewRequestWithContext(ctx, http.MethodPost, payouts, bytes.NewReader(body))
			req.Header.Set("Idempotency-Key", uuid.NewString())
			resp, err := c.Do(req) // want `POST /v1/payouts is retried by a worker loop that re-selects pending rows \(line 66\) with an idempotency key made anew on every attempt \(uuid.NewString\(\), line 76\): every pass is a new request to the provider and a write repeated after a lost response can charge twice; take the key from the row`
			if err != nil {
				continue
			}
			resp.Body.Close()
		}
		rows.Close()
	}
}

type worker struct {
	db *sql.DB
	c  *http.Client
}

// listPending is the query, by shape: its SQL selects unfinished rows.
func (w *worker) listPending(ctx context.Context) ([]Payout, error) {
	rows, err := w.db.QueryContext(ctx, "SELECT id, amount FROM transfers WHERE state IN ('created', 'processing')")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Payout
	for rows.Next() {
		var p Payout
		rows.Scan(&p.ID, &p.Amount)
		out = append(out, p)
	}
	return out, nil
}

// The pass loop calls the function that selects and sends.
func (w *worker) Run(ctx context.Context) {
	for ctx.Err() == nil {
		w.processPending(ctx)
		time.Sleep(30 * time.Second)
	}
}

func (w *worker) processPending(ctx context.Context) {
	todo, err := w.listPending(ctx)
	if err != nil {
		return
	}
	for _, p := range todo {
		if err := send(ctx, w.c, p, ""); err != nil { // want `rows.send \(POST /v1/payouts\) is retried by a worker loop that re-selects pending rows \(line 110\) without an idempotency key`
			log.Print(err)
		}
	}
}

// --- silent ---

// The key is the row's id: every pass sends the same key.
func gormRowKey(ctx context.Context, db *gorm.DB, c *http.Client) {
	for {
		var rows []Payout
		db.Where("status = ?", "pending").Find(&rows)
		for _, row := range rows {
			if err := send(ctx, c, row, row.ID); err != nil {
				continue
			}
			db.Model(&row).Update("status", "paid")
		}
		time.Sleep(time.Minute)
	}
}

// A failure marks the row failed: the next pass does not select it.
func gormMarkFailed(ctx context.Context, db *gorm.DB, c *http.Client) {
	for {
		var rows []Payout
		db.Where(&Payout{Status: "pending"}).Find(&rows)
		for _, row := range rows {
			if err := send(ctx, c, row, ""); err != nil {
				db.Model(&row).Update("status", "failed")
				continue
			}
			db.Model(&row).Update("status", "paid")
		}
		time.Sleep(time.Minute)
	}
}

// The same through an in-house mark function.
func sqlMarkFunc(ctx context.Context, db *sql.DB, c *http.Client) {
	for {
		rows, _ := db.QueryContext(ctx, "SELECT id, amount FROM payouts WHERE status = $1", "queued")
		for rows.Next() {
			var p Payout
			rows.Scan(&p.ID, &p.Amount)
			if err := send(ctx, c, p, ""); err != nil {
				markDead(ctx, db, p.ID)
			}
		}
		time.Sleep(time.Minute)
	}
}

func markDead(ctx context.Context, db *sql.DB, id string) {
	db.ExecContext(ctx, "UPDATE payouts SET attempts = attempts + 1 WHERE id = $1", id)
}

// The row is claimed (processing) before the send: a lost response
// leaves it out of the next pass's pending selection.
func gormClaim(ctx context.Context, db *gorm.DB, c *http.Client) {
	for {
		var rows []Payout
		db.Where("status = ?", "pending").Find(&rows)
		for _, row := range rows {
			db.Model(&row).Update("status", "processing")
			if err := send(ctx, c, row, ""); err == nil {
				db.Model(&row).Update("status", "paid")
			}
		}
		time.Sleep(time.Minute)
	}
}

// A read-only status poll of pending rows: not a write.
func pollPending(ctx context.Context, db *gorm.DB, c *http.Client) {
	for {
		var rows []Payout
		db.Where("status = ?", "pending").Find(&rows)
		for _, row := range rows {
			resp, err := c.Get("https://api.example.com/v1/payouts/" + row.ID)
			if err != nil {
				continue
			}
			resp.Body.Close()
		}
		time.Sleep(time.Minute)
	}
}

// Not a pending filter: new rows since a time.
func recentRows(ctx context.Context, db *gorm.DB, c *http.Client, since time.Time) {
	for {
		var rows []Payout
		db.Where("created_at > ?", since).Find(&rows)
		for _, row := range rows {
			send(ctx, c, row, "")
		}
		time.Sleep(time.Minute)
	}
}

// Paging with a cursor: each query reads other rows.
func paged(ctx context.Context, db *gorm.DB, c *http.Client) {
	last := ""
	for {
		var rows []Payout
		db.Where("status = ? AND id > ?", "pending", last).Find(&rows)
		if len(rows) == 0 {
			return
		}
		for _, row := range rows {
			send(ctx, c, row, "")
			last = row.ID
		}
	}
}

// One pass, no loop around it: nothing repeats it here.
func oneShot(ctx context.Context, db *gorm.DB, c *http.Client) {
	var rows []Payout
	db.Where("status = ?", "pending").Find(&rows)
	for _, row := range rows {
		send(ctx, c, row, "")
	}
}

// A profile-status worker: not a payment write.
func profiles(ctx context.Context, db *gorm.DB, c *http.Client) {
	for {
		var rows []Payout
		db.Where("status = ?", "pending").Find(&rows)
		for _, row := range rows {
			body, _ := json.Marshal(map[string]any{"id": row.ID})
			c.Post("https://api.example.com/v1/profiles/sync", "application/json", bytes.NewReader(body))
		}
		time.Sleep(time.Minute)
	}
}
