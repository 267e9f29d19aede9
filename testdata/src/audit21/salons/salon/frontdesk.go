package salon

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"audit21/salons/oxxo"
	"audit21/salons/pix"
	"audit21/salons/store"
)

// The desk tablet refreshes the QR while the client pays with their phone.
const (
	qrLifetime  = 3 * time.Minute
	qrPollEvery = 1500 * time.Millisecond
)

// Desk is the front-desk point of sale: products, and services paid at the
// end of the appointment.
type Desk struct {
	sales *store.Sales
	pix   *pix.Client
	oxxo  *oxxo.Client
	log   *slog.Logger
}

func NewDesk(sales *store.Sales, p *pix.Client, o *oxxo.Client, log *slog.Logger) *Desk {
	return &Desk{sales: sales, pix: p, oxxo: o, log: log}
}

// ErrAbandoned is returned when the client walked away from the QR.
var ErrAbandoned = errors.New("salon: pix abandoned at the desk")

// ChargePix shows a PIX QR on the desk tablet (through onQR) and holds the
// sale until it is paid. A QR that nobody paid is replaced by a fresh one so
// that the screen never shows an expired code.
func (d *Desk) ChargePix(ctx context.Context, sale *store.Sale, onQR func(copyPaste string)) error {
	txid, cob, err := d.newQR(ctx, sale)
	if err != nil {
		return err
	}
	onQR(cob.CopyPaste)
	shown := time.Now()
	for round := 0; round < 120; round++ {
		cur, err := d.pix.Cob(ctx, txid)
		if err != nil {
			return err
		}
		switch cur.Status {
		case pix.StatusCompleted:
			return d.sales.MarkPaid(ctx, txid)
		case pix.StatusRemovedByPSP, pix.StatusRemovedByReceiver:
			return ErrAbandoned
		}
		if time.Since(shown) > qrLifetime {
			txid, cob, err = d.newQR(ctx, sale) // want "\\[pollcreate\\] new payment created inside the loop that polls payment txid \\(line 47\\):"
			if err != nil {
				return err
			}
			onQR(cob.CopyPaste)
			shown = time.Now()
		}
		time.Sleep(qrPollEvery) // want "\\[pollinterval\\] payment status polled every 1\\.5s: the provider's limit is one poll per 2s"
	}
	return ErrAbandoned
}

func (d *Desk) newQR(ctx context.Context, sale *store.Sale) (string, *pix.Cob, error) {
	txid := fmt.Sprintf("SALPDV%dT%d", sale.ID, time.Now().UnixNano())
	cob, err := d.pix.CreateCob(ctx, txid, sale.TotalCents, qrLifetime+2*time.Minute, "Venda balcão")
	if err != nil {
		return "", nil, err
	}
	if err := d.sales.SavePix(ctx, &store.PixCharge{TxID: txid, SaleID: &sale.ID, AmountCents: sale.TotalCents, Status: "pending", CreatedAt: time.Now()}); err != nil {
		return "", nil, err
	}
	return txid, cob, d.sales.SetProviderRef(ctx, sale.ID, "pix", txid)
}

// WaitPaid is the tablet's long poll on a QR it already shows: quick at
// first, then calmer, for at most 90 seconds per request.
func (d *Desk) WaitPaid(ctx context.Context, txid string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	wait := 500 * time.Millisecond
	for {
		cob, err := d.pix.Cob(ctx, txid)
		if err != nil {
			return "", err
		}
		if cob.Status != pix.StatusActive {
			return cob.Status, nil
		}
		select {
		case <-ctx.Done():
			return pix.StatusActive, nil
		case <-time.After(wait):
		}
		wait = min(wait*2, 8*time.Second) // audit: lookalike pollinterval: the wait starts at 500ms but doubles each round up to 8s, and the poll is bounded by the 90s context
	}
}

// PayAtOxxo issues a cash voucher for a sale (Mexico).
func (d *Desk) PayAtOxxo(ctx context.Context, sale *store.Sale, email string) (*oxxo.Voucher, error) {
	ref := fmt.Sprintf("SALE-%d-%s", sale.ID, time.Now().Format("060102150405"))
	v, err := d.oxxo.Create(ctx, oxxo.NewVoucher{
		Reference: ref, Amount: sale.TotalCents, Currency: "MXN",
		Description: "Productos", Email: email, ExpiresDays: 3,
	})
	if err != nil {
		return nil, err
	}
	if err := d.sales.SaveVoucher(ctx, &store.Voucher{
		Reference: ref, ProviderID: v.ID, SaleID: &sale.ID, AmountCents: sale.TotalCents,
		Barcode: v.Barcode, ExpiresAt: v.ExpiresAt, Status: "pending",
	}); err != nil {
		return nil, err
	}
	return v, d.sales.SetProviderRef(ctx, sale.ID, "oxxo", v.ID)
}

// KeepVoucherAlive watches the voucher of a sale put aside for a client and
// gives them a new one when the old one expired unpaid.
func (d *Desk) KeepVoucherAlive(ctx context.Context, sale *store.Sale, v *oxxo.Voucher, email string) error {
	for i := 0; i < 6; i++ {
		cur, err := d.oxxo.Get(ctx, v.ID)
		if err != nil {
			return err
		}
		switch cur.Status {
		case oxxo.StatusPaid:
			return d.sales.MarkPaid(ctx, cur.ID)
		case oxxo.StatusExpired, oxxo.StatusCanceled:
			v, err = d.PayAtOxxo(ctx, sale, email) // audit: lookalike pollcreate: a new voucher only after the old one reached expired or canceled, a terminal state that can no longer be paid
			if err != nil {
				return err
			}
			continue
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(12 * time.Hour):
		}
	}
	return nil
}
