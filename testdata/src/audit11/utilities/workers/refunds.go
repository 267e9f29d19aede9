package workers

import (
	"context"
	"log/slog"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"gorm.io/gorm"

	"audit11/utilities/billing"
	"audit11/utilities/cardpay"
	"audit11/utilities/ddebit"
)

// Overpayment is a credit left on an account after a bill was paid twice.
type Overpayment struct {
	ID          string `gorm:"primaryKey"`
	AccountID   string
	BillID      string
	Channel     string
	PaymentRef  string
	AmountMinor int64
	Currency    string
	Status      string
}

// Refunds returns overpayments to the customers' original payment method.
type Refunds struct {
	db    *gorm.DB
	card  *cardpay.Client
	debit *ddebit.Collector
	log   *slog.Logger
}

func NewRefunds(db *gorm.DB, card *cardpay.Client, debit *ddebit.Collector) *Refunds {
	return &Refunds{db: db, card: card, debit: debit, log: slog.Default().With("job", "refunds")}
}

// Run refunds every approved overpayment once.
func (r *Refunds) Run(ctx context.Context) error {
	var due []Overpayment
	if err := r.db.WithContext(ctx).Where("status = ?", "approved").Find(&due).Error; err != nil {
		return err
	}
	for _, o := range due {
		claim := r.db.WithContext(ctx).Model(&Overpayment{}).
			Where("id = ? AND status = ?", o.ID, "approved").Update("status", "refunding")
		if claim.Error != nil || claim.RowsAffected == 0 {
			continue
		}
		var err error
		switch billing.Channel(o.Channel) {
		case billing.ChannelCard:
			err = r.card.Refund(ctx, o.PaymentRef, o.ID, checkout.Amount{Currency: o.Currency, Value: o.AmountMinor})
		case billing.ChannelDirectDebit:
			_, err = r.debit.RefundOverpayment(ctx, o.PaymentRef, o.ID, o.AmountMinor)
		default:
			continue
		}
		status := "refunded"
		if err != nil {
			r.log.Error("refund overpayment", "overpayment", o.ID, "err", err)
			status = "refund_failed"
		}
		r.db.WithContext(ctx).Model(&Overpayment{}).Where("id = ?", o.ID).Update("status", status)
	}
	return nil
}
