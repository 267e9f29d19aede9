package adyenpay

import (
	"context"
	"errors"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"

	"audit13/tickets/domain"
)

// ErrLinkExpired is returned when a pay-by-link expires unpaid.
var ErrLinkExpired = errors.New("adyen: payment link expired")

// Link is a hosted payment page we send to box-office and phone buyers.
type Link struct {
	ID  string
	URL string
}

// CreateLink creates a hosted payment link for an order.
func (c *Client) CreateLink(ctx context.Context, o domain.Order, key string) (Link, error) {
	in := c.api.PaymentLinksApi.PaymentLinksInput().
		IdempotencyKey(key).
		PaymentLinkRequest(checkout.PaymentLinkRequest{
			Amount:          checkout.Amount{Currency: o.Currency, Value: o.AmountMinor},
			MerchantAccount: c.merchant,
			Reference:       o.Ref,
		})
	res, _, err := c.api.PaymentLinksApi.PaymentLinks(ctx, in)
	if err != nil {
		return Link{}, err
	}
	return Link{ID: res.Id, URL: res.Url}, nil
}

// AwaitLink follows a phone-sale link until the buyer pays. Buyers who
// leave the link open too long are sent a fresh one through resend.
func (c *Client) AwaitLink(ctx context.Context, o domain.Order, link Link, resend func(Link) error) error {
	sent := time.Now()
	tick := time.NewTicker(15 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
		res, _, err := c.api.PaymentLinksApi.GetPaymentLink(ctx, c.api.PaymentLinksApi.GetPaymentLinkInput(link.ID))
		if err != nil {
			c.log.Warn("adyen link status", "link", link.ID, "err", err)
			continue
		}
		switch res.Status {
		case "completed", "paid":
			return nil
		case "expired":
			return ErrLinkExpired
		}
		if time.Since(sent) > 20*time.Minute {
			fresh, err := c.CreateLink(ctx, o, o.Ref+"-link-"+time.Now().Format("150405")) // want "\\[pollcreate\\] new payment created inside the loop that polls payment link.ID"
			if err != nil {
				return err
			}
			if err := resend(fresh); err != nil {
				return err
			}
			link, sent = fresh, time.Now()
		}
	}
}
