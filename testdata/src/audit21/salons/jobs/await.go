package jobs

import (
	"context"
	"errors"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/hibiken/asynq"

	"audit21/salons/mpago"
	"audit21/salons/oxxo"
	"audit21/salons/pix"
	"audit21/salons/store"
)

// PixAwaitPayload names a booking deposit charge whose callback may be late.
type PixAwaitPayload struct {
	TxID string `json:"txid"`
}

// awaitPix is the safety net behind the PSP callback for booking deposits.
func (w *Worker) awaitPix(ctx context.Context, t *asynq.Task) error {
	p, err := decode[PixAwaitPayload](t)
	if err != nil {
		return err
	}
	for { // want "\\[pollbound\\] loop polling payment p\\.TxID stops only when the payment succeeds \\(line 36\\): a payment that ends FAILED, expired or canceled keeps it polling and it has no bound \\(no ctx\\.Done\\(\\), deadline, attempt cap or timeout, and read errors are swallowed \\(line 30\\)\\)"
		cob, err := w.Pix.Cob(ctx, p.TxID)
		if err != nil {
			w.Log.Warn("pix await", "txid", p.TxID, "err", err)
			time.Sleep(10 * time.Second)
			continue
		}
		if cob.Status == pix.StatusCompleted {
			return w.Appts.MarkDepositPaid(ctx, p.TxID)
		}
		time.Sleep(10 * time.Second)
	}
}

// MPAwaitPayload names a card payment Mercado Pago is still reviewing.
type MPAwaitPayload struct {
	Country   store.Country `json:"country"`
	PaymentID int           `json:"payment_id"`
	Ref       string        `json:"ref"`
}

var errUnderReview = errors.New("jobs: payment still under review")

// awaitMP follows an in_process card payment (manual review can take hours).
func (w *Worker) awaitMP(ctx context.Context, t *asynq.Task) error {
	p, err := decode[MPAwaitPayload](t)
	if err != nil {
		return err
	}
	mp := w.MP[p.Country]
	return retry.Do(func() error { // want "\\[pollbound\\] retry\\.Do polling payment p\\.PaymentID has no bound: no ctx\\.Done\\(\\), deadline,"
		pay, err := mp.Payments.Get(context.Background(), p.PaymentID)
		if err != nil {
			return err
		}
		switch pay.Status {
		case mpago.Approved:
			return w.Appts.MarkDepositPaid(ctx, p.Ref)
		case mpago.Rejected, mpago.Cancelled, mpago.Refunded:
			return retry.Unrecoverable(errors.New("jobs: payment " + pay.Status))
		}
		return errUnderReview
	},
		retry.UntilSucceeded(),
		retry.Delay(time.Minute),
		retry.MaxDelay(30*time.Minute),
	)
}

// OxxoAwaitPayload names a voucher of a gift card bought in cash.
type OxxoAwaitPayload struct {
	VoucherID string `json:"voucher_id"`
	OrderRef  string `json:"order_ref"`
}

// awaitOxxo issues a gift card bought with a cash voucher once the voucher
// is paid, for the stores whose notifications arrive late.
func (w *Worker) awaitOxxo(ctx context.Context, t *asynq.Task) error {
	p, err := decode[OxxoAwaitPayload](t)
	if err != nil {
		return err
	}
	deadline := time.Now().Add(72 * time.Hour)
	for time.Now().Before(deadline) { // want "\\[pollbound\\] loop polling payment p\\.VoucherID stops only when the payment succeeds \\(line 98\\): a payment that ends FAILED, expired or canceled keeps it polling"
		v, err := w.Oxxo.Get(ctx, p.VoucherID)
		if err != nil {
			return err
		}
		if v.IsPaid() {
			if err := w.Sales.SetVoucherStatus(ctx, v.Reference, oxxo.StatusPaid); err != nil {
				return err
			}
			return w.Gifts.Issue(ctx, p.OrderRef)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(15 * time.Minute):
		}
	}
	return nil
}
