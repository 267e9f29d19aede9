package payments

import (
	"context"
	"fmt"
	"time"

	"github.com/midtrans/midtrans-go"
	"github.com/midtrans/midtrans-go/coreapi"

	"audit17/tutoring/domain"
)

// Midtrans handles Indonesian bank-transfer (virtual account) payments.
type Midtrans struct {
	core      coreapi.Client
	vaTTL     time.Duration
	serverKey string
}

// NewMidtrans returns the Midtrans service.
func NewMidtrans(serverKey string, env midtrans.EnvironmentType) *Midtrans {
	m := &Midtrans{vaTTL: 30 * time.Minute, serverKey: serverKey}
	m.core.New(serverKey, env)
	return m
}

func chargeReq(b *domain.Booking, seq int) *coreapi.ChargeReq {
	return &coreapi.ChargeReq{
		PaymentType: coreapi.PaymentTypeBankTransfer,
		TransactionDetails: midtrans.TransactionDetails{
			OrderID:  fmt.Sprintf("bk-%d-%d", b.ID, seq),
			GrossAmt: b.AmountMinor,
		},
	}
}

// OpenVirtualAccount issues a VA for a booking and follows it until the
// student pays; a VA that sits unpaid for vaTTL is replaced by a fresh one.
func (s *Midtrans) OpenVirtualAccount(ctx context.Context, b *domain.Booking, issuedVA func(*coreapi.ChargeResponse)) (*coreapi.ChargeResponse, error) {
	seq := 1
	res, merr := s.core.ChargeTransaction(chargeReq(b, seq))
	if merr != nil {
		return nil, merr
	}
	issuedVA(res)
	issued := time.Now()
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return res, ctx.Err()
		case <-t.C:
		}
		st, merr := s.core.CheckTransaction(res.OrderID)
		if merr != nil {
			return nil, merr
		}
		switch st.TransactionStatus {
		case "settlement":
			return res, nil
		case "cancel", "expire", "failure":
			return nil, fmt.Errorf("midtrans %s: %s", res.OrderID, st.TransactionStatus)
		}
		if time.Since(issued) > s.vaTTL {
			seq++
			res, merr = s.core.ChargeTransaction(chargeReq(b, seq)) // want "\\[pollcreate\\] new payment created inside the loop that polls payment res.OrderID"
			if merr != nil {
				return nil, merr
			}
			issuedVA(res)
			issued = time.Now()
		}
	}
}

// Status reads a Midtrans transaction's status.
func (s *Midtrans) Status(orderID string) (string, error) {
	st, merr := s.core.CheckTransaction(orderID)
	if merr != nil {
		return "", merr
	}
	return st.TransactionStatus, nil
}

// RefundLesson refunds a cancelled lesson paid through Midtrans.
func (s *Midtrans) RefundLesson(ctx context.Context, orderID string, bookingID, amount int64) error {
	req := &coreapi.RefundReq{
		RefundKey: fmt.Sprintf("rf-bk-%d", bookingID),
		Amount:    amount,
		Reason:    "lesson cancelled",
	}
	var last error
	for attempt := 0; attempt < 5; attempt++ {
		_, merr := s.core.RefundTransaction(orderID, req) // want "\\[retrybackoff\\] midtrans Client.RefundTransaction is retried by a for loop .* every 200ms"
		if merr == nil {
			return nil
		}
		if merr.StatusCode != 0 && merr.StatusCode < 500 {
			return merr
		}
		last = merr
		time.Sleep(200 * time.Millisecond)
	}
	return fmt.Errorf("midtrans refund %s: %w", orderID, last)
}
