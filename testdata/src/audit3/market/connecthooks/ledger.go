// Package connecthooks receives Stripe Connect events (payouts and
// transfers on connected accounts) and keeps seller balances in step.
package connecthooks

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Balances is the in-house ledger table access.
type Balances struct{ pool *pgxpool.Pool }

// AddPaidOut adds a paid payout to the seller's running total.
func (b *Balances) AddPaidOut(ctx context.Context, account string, amount int64) error {
	_, err := b.pool.Exec(ctx,
		`UPDATE seller_balances SET paid_out = paid_out + $1, pending = pending - $1 WHERE stripe_account = $2`,
		amount, account)
	return err
}

// RecordTransfer inserts the transfer into the ledger once per event id.
func (b *Balances) RecordTransfer(ctx context.Context, eventID, account string, amount int64) (bool, error) {
	tag, err := b.pool.Exec(ctx,
		`INSERT INTO ledger_entries (event_id, account, amount, kind) VALUES ($1, $2, $3, 'transfer')
		 ON CONFLICT (event_id) DO NOTHING`, eventID, account, amount)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// LedgerAPI is the finance team's ledger service.
type LedgerAPI struct {
	URL string
	HC  *http.Client
}

// PostEntry books a journal entry in the finance ledger service.
func (l *LedgerAPI) PostEntry(ctx context.Context, account string, amount int64, ref string) error {
	buf, _ := json.Marshal(map[string]any{"account": account, "amount": amount, "ref": ref})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, l.URL+"/v1/journal", bytes.NewReader(buf))
	resp, err := l.HC.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("ledger: %s", resp.Status)
	}
	return nil
}
