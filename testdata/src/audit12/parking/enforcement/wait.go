package enforcement

import (
	"context"
	"errors"
	"time"

	pr "github.com/xendit/xendit-go/v7/payment_request"

	"audit12/parking/domain"
	"audit12/parking/retryx"
)

// ErrFineUnpaid is returned when a fine's payment failed or expired.
var ErrFineUnpaid = errors.New("enforcement: fine not paid")

// AwaitFine follows a fine paid at a roadside officer's handheld: the
// officer shows the hosted page's QR code and waits for the driver. The
// hosted page is renewed when it has been open longer than linkTTL.
func (p *Payments) AwaitFine(ctx context.Context, fine *domain.Fine) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Hour)
	defer cancel()
	req, err := p.IssuePaymentRequest(ctx, fine)
	if err != nil {
		return err
	}
	opened := time.Now()
	tick := time.NewTicker(10 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
		st, err := p.status(ctx, req.Id)
		if err != nil {
			continue
		}
		switch st {
		case pr.PAYMENTREQUESTSTATUS_SUCCEEDED:
			return p.fines.MarkPaid(ctx, fine.ID, req.Id)
		case pr.PAYMENTREQUESTSTATUS_FAILED, pr.PAYMENTREQUESTSTATUS_EXPIRED:
			return ErrFineUnpaid
		}
		if time.Since(opened) > p.linkTTL {
			if req, err = p.IssuePaymentRequest(ctx, fine); err != nil { // want "\\[pollcreate\\] new payment created inside the loop that polls payment req.Id \\(line 30\\)"
				return err
			}
			opened = time.Now()
		}
	}
}

// ConfirmFine is used by the back office after a driver says they paid:
// it waits for the fine's existing payment request to become final.
func (p *Payments) ConfirmFine(ctx context.Context, fine *domain.Fine) error {
	st, err := retryx.Poll(ctx, 2*time.Second, 10*time.Minute,
		func(ctx context.Context) (pr.PaymentRequestStatus, error) { return p.status(ctx, fine.XenditRequestID) },
		func(st pr.PaymentRequestStatus) bool {
			return st == pr.PAYMENTREQUESTSTATUS_SUCCEEDED || st == pr.PAYMENTREQUESTSTATUS_FAILED ||
				st == pr.PAYMENTREQUESTSTATUS_EXPIRED
		})
	if err != nil {
		return err
	}
	if st != pr.PAYMENTREQUESTSTATUS_SUCCEEDED {
		return ErrFineUnpaid
	}
	return p.fines.MarkPaid(ctx, fine.ID, fine.XenditRequestID)
}
