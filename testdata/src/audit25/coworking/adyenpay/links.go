package adyenpay

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
)

// Link is a pay-by-link sent to a guest who books a meeting room by phone.
type Link struct {
	ID     string
	URL    string
	Status string
}

func (c *Client) createLink(ctx context.Context, reference string, amountMinor int64, currency string) (*Link, error) {
	res, _, err := c.api.PaymentLinksApi.PaymentLinks(ctx, c.api.PaymentLinksApi.PaymentLinksInput().
		IdempotencyKey("link-"+reference).
		PaymentLinkRequest(checkout.PaymentLinkRequest{
			Amount:          checkout.Amount{Currency: currency, Value: amountMinor},
			MerchantAccount: c.merchant,
			Reference:       reference,
		}))
	if err != nil {
		return nil, err
	}
	return &Link{ID: res.Id, URL: res.Url, Status: res.Status}, nil
}

func (c *Client) linkStatus(ctx context.Context, id string) (string, error) {
	res, _, err := c.api.PaymentLinksApi.GetPaymentLink(ctx, c.api.PaymentLinksApi.GetPaymentLinkInput(id))
	if err != nil {
		return "", err
	}
	return res.Status, nil
}

// PhoneBooking sends a pay-by-link to the guest and waits, while the
// receptionist stays on the phone, for it to be paid. The reception app
// shows the current link; when the guest takes too long a fresh link is
// issued so the receptionist can read it out again.
func (c *Client) PhoneBooking(ctx context.Context, bookingID string, amountMinor int64, currency string, notify func(url string)) (*Link, error) {
	link, err := c.createLink(ctx, bookingID, amountMinor, currency)
	if err != nil {
		return nil, err
	}
	notify(link.URL)
	issued := time.Now()
	for round := 1; ; round++ {
		select {
		case <-ctx.Done():
			return link, ctx.Err()
		case <-time.After(3 * time.Second):
		}
		st, err := c.linkStatus(ctx, link.ID)
		if err != nil {
			return link, err
		}
		switch st {
		case "completed", "paid":
			link.Status = st
			return link, nil
		case "expired":
			return link, fmt.Errorf("link %s expired", link.ID)
		}
		if time.Since(issued) > 4*time.Minute {
			link, err = c.createLink(ctx, fmt.Sprintf("%s-%d", bookingID, round), amountMinor, currency) // want "\\[pollcreate\\] new payment created inside the loop that polls payment link\\.ID \\(line 52\\):"
			if err != nil {
				return nil, err
			}
			notify(link.URL)
			issued = time.Now()
		}
	}
}

// Succeeded reports whether a Drop-in resultCode means the shopper is done.
func Succeeded(resultCode string) bool {
	switch strings.ToLower(resultCode) {
	case "authorised", "authorized":
		return true
	}
	return false
}
