package billing

import (
	"context"

	"audit23/wineclub/store"
)

// Cellar handles storage fees.
type Cellar struct {
	fees *store.Billing
}

func NewCellar(fees *store.Billing) *Cellar { return &Cellar{fees: fees} }

// Settle marks a storage fee paid and extends storage for the period.
func (c *Cellar) Settle(ctx context.Context, feeID string) error {
	return c.fees.SettleCellarFee(ctx, feeID)
}
