package dockside

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"

	"audit19/marina/providers"
)

// TipJar takes Lightning tips for the dock crew.
type TipJar struct {
	lnd *providers.Lnd
	rdb *redis.Client
}

// NewTipJar returns the tip jar.
func NewTipJar(lnd *providers.Lnd, rdb *redis.Client) *TipJar {
	return &TipJar{lnd: lnd, rdb: rdb}
}

// Open creates an invoice for a tip to a crew member.
func (t *TipJar) Open(ctx context.Context, crewID string, sats int64) (*providers.Invoice, error) {
	return t.lnd.AddInvoice(ctx, "Tip for crew "+crewID, sats)
}

// WaitForTip refreshes the invoice shown on the harbour-office screen until
// it is paid, cancelled or the window closes.
func (t *TipJar) WaitForTip(ctx context.Context, crewID string, inv *providers.Invoice) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, tipWindow)
	defer cancel()
	for {
		cur, err := t.lnd.LookupInvoice(ctx, inv.RHash)
		if err != nil {
			return false, err
		}
		switch cur.State {
		case providers.InvoiceSettled:
			return true, t.rdb.HIncrBy(ctx, "tips:crew", crewID, cur.AmtPaidSat).Err()
		case providers.InvoiceCanceled:
			return false, nil
		}
		select {
		case <-ctx.Done():
			return false, nil
		case <-time.After(tipPollEvery): // want "\\[pollinterval\\] payment status polled every 750ms"
		}
	}
}
