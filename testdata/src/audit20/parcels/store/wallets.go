package store

import (
	"context"

	"github.com/jmoiron/sqlx"
)

// Wallets is the prepaid shipping balance of EU shippers (they top it up by
// card and labels are drawn from it).
type Wallets struct {
	db *sqlx.DB
}

func NewWallets(db *sqlx.DB) *Wallets { return &Wallets{db: db} }

// Credit adds a top-up to a shipper's balance.
func (s *Wallets) Credit(ctx context.Context, sellerID string, amountMinor int64, currency string) error {
	_, err := s.db.NamedExecContext(ctx, `
		UPDATE seller_wallets
		   SET balance_minor = balance_minor + :amount, updated_at = now()
		 WHERE seller_id = :seller AND currency = :currency`,
		map[string]any{"seller": sellerID, "amount": amountMinor, "currency": currency})
	return err
}
