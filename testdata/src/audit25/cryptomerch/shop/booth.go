package shop

import (
	"context"
	"encoding/hex"
	"errors"
	"log/slog"
	"time"

	"github.com/lightningnetwork/lnd/lnrpc"

	"audit25/cryptomerch/commerce"
	"audit25/cryptomerch/store"
)

// ErrExpired is returned when the buyer let the payment request lapse.
var ErrExpired = errors.New("shop: payment request expired")

// Booth is the pop-up stand: a tablet shows a QR code and waits for payment.
type Booth struct {
	cc     *commerce.Client
	ln     lnrpc.LightningClient
	orders *store.Orders
	// how long a QR stays on screen before the stand refreshes it
	refresh time.Duration
}

// NewBooth returns the stand's service.
func NewBooth(cc *commerce.Client, ln lnrpc.LightningClient, orders *store.Orders) *Booth {
	return &Booth{cc: cc, ln: ln, orders: orders, refresh: 10 * time.Minute}
}

// SellCrypto shows a stablecoin charge and waits until the buyer pays it.
func (b *Booth) SellCrypto(ctx context.Context, o *store.Order, show func(url string)) error {
	ch, err := b.cc.CreateCharge(ctx, o.ID, "Booth sale", o.AmountCents, o.Currency, "")
	if err != nil {
		return err
	}
	show(ch.HostedURL)
	shown := time.Now()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Second):
		}
		cur, err := b.cc.GetCharge(ctx, ch.Code)
		if err != nil {
			slog.Warn("booth: charge read", "err", err)
			continue
		}
		switch cur.Status() {
		case commerce.StatusCompleted, commerce.StatusResolved:
			return b.orders.MarkPaid(ctx, o.ID)
		case commerce.StatusExpired, commerce.StatusCanceled:
			return ErrExpired
		}
		if time.Since(shown) > b.refresh {
			ch, err = b.cc.CreateCharge(ctx, o.ID, "Booth sale", o.AmountCents, o.Currency, "") // want "\\[pollcreate\\] new payment created inside the loop that polls payment ch\\.Code \\(line 41\\):"
			if err != nil {
				return err
			}
			show(ch.HostedURL)
			shown = time.Now()
		}
	}
}

// SellLightning shows a Lightning invoice and waits for it to settle.
func (b *Booth) SellLightning(ctx context.Context, o *store.Order, sats int64, show func(bolt11 string)) error {
	inv, err := b.invoice(ctx, o, sats)
	if err != nil {
		return err
	}
	show(inv.PaymentRequest)
	ctx, cancel := context.WithTimeout(ctx, time.Hour)
	defer cancel()
	t := time.NewTicker(3 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		li, err := b.ln.LookupInvoice(ctx, &lnrpc.PaymentHash{RHash: inv.RHash})
		if err != nil {
			slog.Warn("booth: lookup failed, issuing a new invoice", "hash", hex.EncodeToString(inv.RHash), "err", err)
			inv, err = b.invoice(ctx, o, sats) // audit: missed pollcreate: a failed lookup of the shown invoice (node busy, gRPC timeout) issues a second invoice while the first is still open and payable for an hour
			if err != nil {
				return err
			}
			show(inv.PaymentRequest)
			continue
		}
		switch li.State {
		case lnrpc.Invoice_SETTLED:
			return b.orders.MarkPaid(ctx, o.ID)
		case lnrpc.Invoice_CANCELED:
			return ErrExpired
		}
	}
}

func (b *Booth) invoice(ctx context.Context, o *store.Order, sats int64) (*lnrpc.AddInvoiceResponse, error) {
	return b.ln.AddInvoice(ctx, &lnrpc.Invoice{
		Memo:   "cryptomerch booth " + o.ID,
		Value:  sats,
		Expiry: 3600,
	})
}
