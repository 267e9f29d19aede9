package billing

import (
	"context"
	"time"

	"github.com/google/uuid"

	"audit22/ridehail/store"
)

// StartTopUp creates a rider wallet top-up paid by GoPay/QRIS.
func (s *Service) StartTopUp(ctx context.Context, riderID string, amount float64) (*Checkout, error) {
	p := &store.Payment{
		ID: uuid.NewString(), RiderID: riderID, Purpose: "topup", Method: "gopay", Provider: "midtrans",
		Currency: "IDR", Amount: amount, Status: store.PayPending, CreatedAt: time.Now(),
	}
	if err := s.repo.SavePayment(ctx, p); err != nil {
		return nil, err
	}
	qr, err := s.midtrans.Charge(p.ID, int64(amount))
	if err != nil {
		return nil, err
	}
	p.ProviderRef = qr.TransactionID
	if err := s.repo.SavePayment(ctx, p); err != nil {
		return nil, err
	}
	return &Checkout{PaymentID: p.ID, Provider: "midtrans", ProviderRef: qr.TransactionID,
		RedirectURL: s.baseURL + "/topup/finish?order_id=" + p.ID}, nil
}

// ConfirmTopUp credits a top-up once it is known to be paid.
func (s *Service) ConfirmTopUp(ctx context.Context, orderID string) error {
	p, err := s.repo.Payment(ctx, orderID)
	if err != nil {
		return err
	}
	if p.Status == store.PayPaid {
		return nil
	}
	return s.repo.MarkPaid(ctx, p.ID)
}
