package tickets

import (
	"context"
	"time"

	"github.com/plutov/paypal/v4"

	"audit21/festival/store"
)

// linkStale is how long a pay-by-phone link is shown before a new one.
const linkStale = 4 * time.Minute

// BoxOffice sells on-site day tickets: the buyer scans a QR code with the
// PayPal app, and the cashier's screen waits for the approval.
type BoxOffice struct {
	shop *Shop
	show func(approveURL string)
}

// NewBoxOffice binds the shop to a cashier screen.
func NewBoxOffice(shop *Shop, show func(string)) *BoxOffice {
	return &BoxOffice{shop: shop, show: show}
}

// Sell creates the order and waits for the buyer to approve and for the
// capture to complete.
func (b *BoxOffice) Sell(ctx context.Context, o *store.TicketOrder) error {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Minute)
	defer cancel()
	ppo, err := b.shop.Start(ctx, o)
	if err != nil {
		return err
	}
	b.show(ppo.ID)
	shownAt := time.Now()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(3 * time.Second):
		}
		cur, err := b.shop.pp.GetOrder(ctx, ppo.ID)
		if err != nil {
			continue
		}
		switch cur.Status {
		case paypal.OrderStatusApproved:
			o.PayPalOrder = cur.ID
			return b.shop.Capture(ctx, o)
		case paypal.OrderStatusCompleted:
			return b.shop.Issue(ctx, o)
		case paypal.OrderStatusVoided:
			return ErrNotCaptured
		}
		if time.Since(shownAt) > linkStale {
			ppo, err = b.shop.pp.CreateOrder(ctx, "CAPTURE", b.shop.units(o), nil, nil) // want "\\[pollcreate\\] new payment created inside the loop that polls payment ppo\\.ID \\(line 38\\):"
			if err != nil {
				return err
			}
			b.show(ppo.ID)
			shownAt = time.Now()
		}
	}
}
