// Package pendingworker sends pending transfers to the bank's API: rows
// stay PENDING until a send succeeds, so every pass re-sends them.
package pendingworker

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"time"

	"github.com/google/uuid"
	"github.com/robfig/cron/v3"
)

type Worker struct {
	db   *sql.DB
	hc   *http.Client
	bank string
}

type transfer struct {
	ID      int64
	Account string
	Amount  int64
	Ref     string
}

func (w *Worker) pending(ctx context.Context) ([]transfer, error) {
	rows, err := w.db.QueryContext(ctx, `SELECT id, account, amount, ref FROM transfers WHERE status = 'PENDING' LIMIT 50`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []transfer
	for rows.Next() {
		var t transfer
		if err := rows.Scan(&t.ID, &t.Account, &t.Amount, &t.Ref); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

func (w *Worker) send(ctx context.Context, t transfer, key string) error {
	body, _ := json.Marshal(map[string]any{"account": t.Account, "amount": t.Amount})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, w.bank+"/v1/transfers", bytes.NewReader(body))
	req.Header.Set("Idempotency-Key", key)
	resp, err := w.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated { // want `\[retrystatus\] pendingworker.Worker.send \(POST /v1/transfers\) is retried by a worker loop that re-selects pending rows .line 68.: every non-2xx status is retried`
		return fmt.Errorf("bank: %d", resp.StatusCode)
	}
	_, err = w.db.ExecContext(ctx, `UPDATE transfers SET status = 'SENT' WHERE id = $1`, t.ID)
	return err
}

// Run loops forever over the pending rows and mints a new key on every
// pass: a transfer whose response was lost is sent again under a new key.
func (w *Worker) Run(ctx context.Context) {
	for {
		ts, err := w.pending(ctx)
		if err != nil {
			log.Print(err)
		}
		for _, t := range ts {
			if err := w.send(ctx, t, uuid.NewString()); err != nil { // want `\[idempotency\] .*re-selects pending rows .*made anew`
				log.Printf("transfer %d: %v", t.ID, err)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(30 * time.Second):
		}
	}
}

// Schedule runs the same sweep from cron, keyed by the row: silent.
func (w *Worker) Schedule(c *cron.Cron) {
	c.AddFunc("@every 1m", func() {
		ctx := context.Background()
		ts, err := w.pending(ctx)
		if err != nil {
			return
		}
		for _, t := range ts {
			if err := w.send(ctx, t, t.Ref); err != nil {
				log.Printf("transfer %d: %v", t.ID, err)
			}
		}
	})
}

// ScheduleFresh is the cron sweep with a key per run.
func (w *Worker) ScheduleFresh(c *cron.Cron) {
	c.AddFunc("@every 1m", func() {
		ctx := context.Background()
		ts, _ := w.pending(ctx)
		for _, t := range ts {
			key := fmt.Sprintf("tr-%d-%d", t.ID, time.Now().Unix())
			w.send(ctx, t, key) // want `\[idempotency\] .*cron job that re-selects pending rows`
		}
	})
}
