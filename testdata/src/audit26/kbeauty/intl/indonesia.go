package intl

import (
	"context"
	"errors"
	"fmt"
	"time"

	"audit26/kbeauty/platform"
	"audit26/kbeauty/store"

	retry "github.com/avast/retry-go/v4"
	"github.com/xendit/xendit-go"
	"github.com/xendit/xendit-go/disbursement"
	"github.com/xendit/xendit-go/invoice"
)

// Invoice statuses.
const (
	InvoicePending = "PENDING"
	InvoicePaid    = "PAID"
	InvoiceSettled = "SETTLED"
	InvoiceExpired = "EXPIRED"
)

// Indonesia charges Indonesian customers through Xendit invoices and pays
// Indonesian partners through disbursements.
type Indonesia struct {
	inv        *invoice.Client
	disb       *disbursement.Client
	orders     *store.Orders
	successURL string
}

// NewIndonesia builds the rail with its own Xendit option.
func NewIndonesia(secret, successURL string, orders *store.Orders) *Indonesia {
	opt := &xendit.Option{SecretKey: secret, XenditURL: "https://api.xendit.co"}
	return &Indonesia{
		inv:        &invoice.Client{Opt: opt},
		disb:       &disbursement.Client{Opt: opt},
		orders:     orders,
		successURL: successURL,
	}
}

// Checkout creates the hosted invoice (VA, e-wallets, QRIS, retail outlets).
func (id *Indonesia) Checkout(ctx context.Context, o *store.Order) (string, error) {
	inv, xerr := id.inv.CreateWithContext(ctx, &invoice.CreateParams{
		ExternalID:         o.Number,
		Amount:             float64(o.Amount),
		PayerEmail:         o.Email,
		Description:        "K-Beauty order " + o.Number,
		Currency:           "IDR",
		InvoiceDuration:    72 * 3600,
		SuccessRedirectURL: id.successURL + "?order=" + o.Number,
	})
	if xerr != nil {
		return "", xerr
	}
	if err := id.orders.SetRef(ctx, o.Number, "xendit", inv.ID); err != nil {
		return "", err
	}
	return inv.InvoiceURL, nil
}

// PopUpQR is used at pop-up store events in Jakarta: the tablet shows the
// invoice QR and waits for the buyer to pay before handing over the bag.
func (id *Indonesia) PopUpQR(ctx context.Context, o *store.Order, show func(url string)) (*xendit.Invoice, error) {
	for round := 0; round < 3; round++ {
		inv, xerr := id.inv.CreateWithContext(ctx, &invoice.CreateParams{ // want "\\[idempotency\\] xendit/invoice Client\\.CreateWithContext is retried by a for loop \\(line 69\\)" "\\[pollcreate\\] payment xendit/invoice Client\\.CreateWithContext made again on every pass"
			ExternalID:      fmt.Sprintf("%s-%d", o.Number, round),
			Amount:          float64(o.Amount),
			Currency:        "IDR",
			InvoiceDuration: 900,
		})
		if xerr != nil {
			return nil, xerr
		}
		show(inv.InvoiceURL)
		var last *xendit.Invoice
		err := platform.WaitFor(ctx, 5*time.Second, 2*time.Minute, func(ctx context.Context) (bool, error) {
			got, xerr := id.inv.GetWithContext(ctx, &invoice.GetParams{ID: inv.ID})
			if xerr != nil {
				return false, xerr
			}
			last = got
			return got.Status != InvoicePending, nil
		})
		if errors.Is(err, platform.ErrStillPending) {
			continue // QR on screen too long, refresh it
		}
		if err != nil {
			return nil, err
		}
		return last, nil
	}
	return nil, platform.ErrStillPending
}

// Refresh re-reads an order's invoice for the admin screen.
func (id *Indonesia) Refresh(ctx context.Context, invoiceID string) (*xendit.Invoice, error) {
	var inv *xendit.Invoice
	var xerr *xendit.Error
	for i := 0; i < 5; i++ {
		inv, xerr = id.inv.GetWithContext(ctx, &invoice.GetParams{ID: invoiceID}) // audit: missed retrybackoff: the status read is retried five times back to back with no wait
		if xerr == nil {
			return inv, nil
		}
		if xerr.GetStatus() < 500 {
			return nil, xerr
		}
	}
	return nil, xerr
}

// PayPartners sends commission payouts to Indonesian bank accounts.
func (id *Indonesia) PayPartners(ctx context.Context, partners *store.Partners, batch int) error {
	due, err := partners.PendingPayouts(ctx, "ID", batch)
	if err != nil {
		return err
	}
	for _, p := range due {
		p := p
		d, err := retry.DoWithData(func() (*xendit.Disbursement, error) {
			d, xerr := id.disb.CreateWithContext(ctx, &disbursement.CreateParams{ // want "\\[idempotency\\] xendit/disbursement Client\\.CreateWithContext is retried by retry\\.DoWithData"
				ExternalID:        "payout-" + p.ID,
				BankCode:          p.BankCode,
				AccountHolderName: p.AccountName,
				AccountNumber:     p.AccountNo,
				Description:       "Commission",
				Amount:            float64(p.Amount),
			})
			if xerr != nil {
				if xerr.GetStatus() >= 400 && xerr.GetStatus() < 500 {
					return nil, retry.Unrecoverable(xerr)
				}
				return nil, xerr
			}
			return d, nil
		}, retry.Attempts(4), retry.Delay(2*time.Second), retry.Context(ctx))
		if err != nil {
			return fmt.Errorf("payout %s: %w", p.ID, err)
		}
		if err := partners.MarkSent(ctx, p.ID, d.ID); err != nil {
			return err
		}
	}
	return nil
}

// PayOne sends a single payout from the admin screen.
func (id *Indonesia) PayOne(ctx context.Context, partners *store.Partners, p store.Payout) error {
	params := &disbursement.CreateParams{
		IdempotencyKey:    "payout-" + p.ID, // audit: lookalike idempotency: key from the payout row, the same on every attempt of platform.Retry
		ExternalID:        "payout-" + p.ID,
		BankCode:          p.BankCode,
		AccountHolderName: p.AccountName,
		AccountNumber:     p.AccountNo,
		Description:       "Commission",
		Amount:            float64(p.Amount),
	}
	return platform.Retry(ctx, platform.RetryOpts{Name: "payout " + p.ID}, func(ctx context.Context) error {
		d, xerr := id.disb.CreateWithContext(ctx, params)
		if xerr != nil {
			if xerr.GetStatus() < 500 {
				return platform.Permanent(xerr)
			}
			return xerr
		}
		return partners.MarkSent(ctx, p.ID, d.ID)
	})
}
