package usecase

import (
	"context"

	"github.com/jmoiron/sqlx"

	"audit2/webhook/echousecase/domain"
)

type paymentService struct {
	db *sqlx.DB
}

func NewPaymentService(db *sqlx.DB) domain.PaymentService {
	return &paymentService{db: db}
}

func (s *paymentService) HandlePaid(ctx context.Context, evt domain.PaymentEvent) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `UPDATE wallets SET balance = balance + $1 WHERE id = $2`, evt.Amount, evt.WalletID); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE topups SET status = 'paid' WHERE reference = $1`, evt.Reference); err != nil {
		return err
	}
	return tx.Commit()
}

func (s *paymentService) HandleRefunded(ctx context.Context, evt domain.PaymentEvent) error {
	_, err := s.db.ExecContext(ctx, `UPDATE topups SET status = 'refunded' WHERE reference = $1`, evt.Reference)
	return err
}
