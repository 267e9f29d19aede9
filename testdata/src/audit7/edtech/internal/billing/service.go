// Package billing owns course purchases: Paddle transactions, the orders
// table and gift cards.
package billing

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/uptrace/bun"

	"audit7/edtech/internal/paddle"
)

// Config is the billing module's slice of the app config.
type Config struct {
	PaddleBase   string
	PaddleAPIKey string
	PollEvery    time.Duration
}

// Service is the billing module.
type Service struct {
	paddle *paddle.Client
	db     *bun.DB
	log    *slog.Logger
}

// NewService wires the module (see app.New).
func NewService(cfg Config, db *bun.DB, log *slog.Logger) *Service {
	return &Service{paddle: paddle.New(cfg.PaddleBase, cfg.PaddleAPIKey), db: db, log: log}
}

var errCanceled = errors.New("billing: transaction canceled")

// Quote prices a course for the cart, coupon applied.
func (s *Service) Quote(ctx context.Context, priceCents int64, currency, coupon string) (int64, error) {
	if coupon == "" {
		return priceCents, nil
	}
	d, err := s.paddle.PreviewDiscount(ctx, coupon, priceCents, currency)
	if err != nil {
		return 0, err
	}
	if !d.Valid {
		return priceCents, nil
	}
	return priceCents - d.Amount, nil
}

// Orders is the orders table.
type Orders struct{ db *bun.DB }

// NewOrders returns the repository.
func NewOrders(db *bun.DB) *Orders { return &Orders{db: db} }

// MarkPaid stores the provider's verdict; replays set the same value.
func (o *Orders) MarkPaid(ctx context.Context, txnID string) error {
	_, err := o.db.NewUpdate().Table("orders").
		Set("status = ?", "paid").
		Set("paid_at = ?", time.Now()).
		Where("paddle_txn_id = ?", txnID).
		Exec(ctx)
	return err
}

// GiftCards is the gift_cards table.
type GiftCards struct{ db *bun.DB }

// NewGiftCards returns the repository.
func NewGiftCards(db *bun.DB) *GiftCards { return &GiftCards{db: db} }

// Credit tops a gift card up by the purchased amount.
func (g *GiftCards) Credit(ctx context.Context, code string, cents int64) error {
	_, err := g.db.NewUpdate().Table("gift_cards").
		Set("balance = balance + ?", cents).
		Where("code = ?", code).
		Exec(ctx)
	return err
}
