// Package payments pays approved supplier bills through the bank.
package payments

import (
	"context"
	"log/slog"
	"time"

	"audit6/payables/bank"
)

// Bill is an approved supplier invoice waiting to be paid.
type Bill struct {
	ID             string
	OrgID          string
	Amount         int64
	Currency       string
	Rail           string
	CounterpartyID string
	Number         string
}

// BillStore persists bills.
type BillStore interface {
	MarkPaid(ctx context.Context, billID, paymentOrderID string) error
	MarkFailed(ctx context.Context, billID, reason string) error
	SetPaymentOrder(ctx context.Context, billID, paymentOrderID string) error
}

// Service pays bills.
type Service struct {
	bank  *bank.Client
	bills BillStore
	log   *slog.Logger
}

func NewService(b *bank.Client, bills BillStore, log *slog.Logger) *Service {
	return &Service{bank: b, bills: bills, log: log}
}

func orderFor(b Bill) bank.PaymentOrder {
	return bank.PaymentOrder{
		Type:           b.Rail,
		Amount:         b.Amount,
		Currency:       b.Currency,
		CounterpartyID: b.CounterpartyID,
		Reference:      "INV " + b.Number,
	}
}

// PayBillAndWait is used by the "pay now" button: it waits until the bank
// settles the order so the UI can show "paid".
func (s *Service) PayBillAndWait(ctx context.Context, b Bill) error {
	po, err := s.bank.CreatePaymentOrderWithKey(ctx, "bill-"+b.ID, orderFor(b))
	if err != nil {
		return err
	}
	started := time.Now()
	for { // want "\\[pollbound\\] loop polling payment po.ID stops only when the payment succeeds"
		cur, err := s.bank.GetPaymentOrder(ctx, po.ID)
		if err != nil {
			s.log.Warn("poll payment order", "id", po.ID, "err", err)
			continue
		}
		if cur.Status == "completed" {
			return s.bills.MarkPaid(ctx, b.ID, cur.ID)
		}
		if time.Since(started) > 10*time.Minute {
			s.log.Warn("payment order stuck, resubmitting", "id", po.ID)
			po, err = s.bank.CreatePaymentOrder(ctx, orderFor(b)) // want "\\[pollcreate\\] new payment created inside the loop that polls payment po.ID"
			if err != nil {
				return err
			}
			started = time.Now()
		}
		time.Sleep(200 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 200ms"
	}
}

// PayBill submits the order and lets the webhook finish the job.
func (s *Service) PayBill(ctx context.Context, b Bill) error {
	po, err := s.bank.CreatePaymentOrderWithKey(ctx, "bill-"+b.ID, orderFor(b))
	if err != nil {
		return err
	}
	return s.bills.SetPaymentOrder(ctx, b.ID, po.ID)
}
