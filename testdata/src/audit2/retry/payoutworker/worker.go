package payoutworker

import (
	"context"
	"database/sql"
	"log"

	"github.com/google/uuid"
	"github.com/robfig/cron/v3"
)

// Payout is a row of the payouts table.
type Payout struct {
	ID            string
	SellerAccount string
	Amount        int64
	Currency      string
}

// Worker re-sends every payout that is still pending.
type Worker struct {
	db *sql.DB
	gw *Gateway
}

// Register schedules the two jobs.
func Register(c *cron.Cron, w *Worker) {
	c.AddFunc("@every 1m", func() { w.flushPending(context.Background()) })
	c.AddFunc("@every 5m", func() { w.flushLegacy(context.Background()) })
}

func (w *Worker) pending(ctx context.Context, table string) []Payout {
	rows, err := w.db.QueryContext(ctx, "SELECT id, seller_account, amount, currency FROM "+table+" WHERE status = 'pending'")
	if err != nil {
		log.Printf("payouts: %v", err)
		return nil
	}
	defer rows.Close()
	var out []Payout
	for rows.Next() {
		var p Payout
		if rows.Scan(&p.ID, &p.SellerAccount, &p.Amount, &p.Currency) == nil {
			out = append(out, p)
		}
	}
	return out
}

// flushPending sends each pending payout; failures stay pending for the next run.
func (w *Worker) flushPending(ctx context.Context) {
	for _, p := range w.pending(ctx, "payouts") {
		if err := w.gw.Send(p, uuid.NewString()); err != nil { // want "\\[idempotency\\] payoutworker.Gateway.Send .POST /v1/payouts. is retried by a cron job that re-selects pending rows .line 28. with an idempotency key made anew on every attempt"
			log.Printf("payout %s: %v", p.ID, err)
			continue
		}
		w.db.ExecContext(ctx, "UPDATE payouts SET status = 'sent' WHERE id = $1", p.ID)
	}
}

// flushLegacy does the same for the old marketplace, keyed by the row.
func (w *Worker) flushLegacy(ctx context.Context) {
	for _, p := range w.pending(ctx, "legacy_payouts") {
		if err := w.gw.Send(p, "payout-"+p.ID); err != nil {
			log.Printf("legacy payout %s: %v", p.ID, err)
			continue
		}
		w.db.ExecContext(ctx, "UPDATE legacy_payouts SET status = 'sent' WHERE id = $1", p.ID)
	}
}
