package workers

import (
	"context"
	"log/slog"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/cenkalti/backoff/v4"
	"gorm.io/gorm"

	"audit11/utilities/billing"
	"audit11/utilities/cardpay"
)

// CardCharger charges a bill to a stored card.
type CardCharger interface {
	Charge(ctx context.Context, b *billing.Bill, key string) (*checkout.PaymentResponse, error)
}

// CardAutopay charges bills of customers who pay by card on file.
type CardAutopay struct {
	db   *gorm.DB
	card CardCharger
	log  *slog.Logger
}

func NewCardAutopay(db *gorm.DB, card CardCharger) *CardAutopay {
	return &CardAutopay{db: db, card: card, log: slog.Default().With("job", "card-autopay")}
}

// ChargeDue charges every card bill due today.
func (a *CardAutopay) ChargeDue(ctx context.Context, day time.Time) error {
	var rows []BillRow
	if err := a.db.WithContext(ctx).Where("status = ? AND channel = ? AND due_date <= ?",
		"open", string(billing.ChannelCard), day).Find(&rows).Error; err != nil {
		return err
	}
	for _, r := range rows {
		b := r.Bill()
		key := "autopay-" + b.ID + "-" + b.Period
		policy := backoff.WithContext(backoff.WithMaxRetries(
			backoff.NewExponentialBackOff(backoff.WithInitialInterval(2*time.Second)), 3), ctx)
		var res *checkout.PaymentResponse
		err := backoff.Retry(func() error {
			var err error
			res, err = a.card.Charge(ctx, &b, key)
			if err != nil && !cardpay.Retryable(err) {
				return backoff.Permanent(err)
			}
			return err
		}, policy)
		if err != nil {
			a.log.Warn("card autopay failed", "bill", b.ID, "err", err)
			continue
		}
		status := string(billing.BillCollecting)
		if res.ResultCode != nil && *res.ResultCode == "Refused" {
			status = string(billing.BillFailed)
		}
		a.db.WithContext(ctx).Model(&BillRow{}).Where("id = ?", b.ID).
			Updates(map[string]any{"status": status, "provider_ref": deref(res.PspReference)})
	}
	return nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
