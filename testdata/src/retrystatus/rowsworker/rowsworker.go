// Package rowsworker: payout workers that select the queued rows on every
// pass. A payout the provider refuses (400, 422) stays queued when the
// push only turns the refusal into an error that the worker logs: the
// next pass sends it again, forever. Recording the refusal on the row,
// in the push or in the worker, ends that.
package rowsworker

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"time"
)

type payout struct {
	ID     int64
	Dest   string
	Amount int64
}

type pusher struct {
	db  *sql.DB
	api *http.Client
	url string
	dlq chan<- payout
}

func (p *pusher) queued(ctx context.Context) ([]payout, error) {
	rows, err := p.db.QueryContext(ctx, `SELECT id, dest, amount FROM payouts WHERE state = 'queued'`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []payout
	for rows.Next() {
		var po payout
		if err := rows.Scan(&po.ID, &po.Dest, &po.Amount); err != nil {
			return nil, err
		}
		out = append(out, po)
	}
	return out, rows.Err()
}

// push errs on every answer but 2xx and records only a success.
func (p *pusher) push(ctx context.Context, po payout) error {
	body, _ := json.Marshal(map[string]any{"destination": po.Dest, "amount": po.Amount, "currency": "EUR"})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.url+"/v1/payouts", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", fmt.Sprintf("payout-%d", po.ID))
	resp, err := p.api.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 { // want `rowsworker.pusher.push \(POST /v1/payouts\) is retried by a worker loop that re-selects pending rows \(line \d+\): every non-2xx status is retried, including 400/404/422`
		return fmt.Errorf("payouts: status %d", resp.StatusCode)
	}
	_, err = p.db.ExecContext(ctx, `UPDATE payouts SET state = 'submitted' WHERE id = $1`, po.ID)
	return err
}

// pushRecording gives a refused payout its own state before erring.
func (p *pusher) pushRecording(ctx context.Context, po payout) error {
	body, _ := json.Marshal(map[string]any{"destination": po.Dest, "amount": po.Amount, "currency": "EUR"})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.url+"/v1/payouts", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", fmt.Sprintf("payout-%d", po.ID))
	resp, err := p.api.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 400 && resp.StatusCode < 500 && resp.StatusCode != http.StatusTooManyRequests {
		if _, err := p.db.ExecContext(ctx, `UPDATE payouts SET state = 'rejected' WHERE id = $1`, po.ID); err != nil {
			return err
		}
		return fmt.Errorf("payouts: refused with %d", resp.StatusCode)
	}
	if resp.StatusCode >= 300 {
		return fmt.Errorf("payouts: status %d", resp.StatusCode)
	}
	_, err = p.db.ExecContext(ctx, `UPDATE payouts SET state = 'submitted' WHERE id = $1`, po.ID)
	return err
}

// --- flagged ---

// Every refusal is logged and the payout stays queued.
func (p *pusher) run(ctx context.Context) {
	tick := time.NewTicker(time.Minute)
	defer tick.Stop()
	for range tick.C {
		batch, err := p.queued(ctx)
		if err != nil {
			slog.Error("select queued", "err", err)
			continue
		}
		for _, po := range batch {
			if err := p.push(ctx, po); err != nil {
				slog.Warn("payout not sent", "id", po.ID, "err", err)
			}
		}
	}
}

// --- silent ---

// The push records a refusal on the row: only 5xx and 429 go round.
func (p *pusher) runRecording(ctx context.Context) {
	for {
		batch, _ := p.queued(ctx)
		for _, po := range batch {
			if err := p.pushRecording(ctx, po); err != nil {
				slog.Warn("payout not sent", "id", po.ID, "err", err)
			}
		}
		time.Sleep(time.Minute)
	}
}

// A failed payout is handed to a dead-letter queue: what happens to the
// row there is not known.
func (p *pusher) runDeadLetter(ctx context.Context) {
	for {
		batch, _ := p.queued(ctx)
		for _, po := range batch {
			if err := p.push(ctx, po); err != nil {
				p.dlq <- po
			}
		}
		time.Sleep(time.Minute)
	}
}

// The worker gives a failed payout another state itself.
func (p *pusher) runMarking(ctx context.Context) {
	for {
		batch, _ := p.queued(ctx)
		for _, po := range batch {
			if err := p.push(ctx, po); err != nil {
				p.db.ExecContext(ctx, `UPDATE payouts SET state = 'failed' WHERE id = $1`, po.ID)
			}
		}
		time.Sleep(time.Minute)
	}
}
