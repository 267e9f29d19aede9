package adyenpay

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"

	"audit15/hotel/booking"
)

// linkPollEvery is how often the front-desk kiosk refreshes a link.
const linkPollEvery = 500 * time.Millisecond

// CreateDepositLink creates the pay-by-link page for a stay's deposit,
// sent to guests who booked through a channel without card capture.
func (c *Client) CreateDepositLink(ctx context.Context, s *booking.Stay) (checkout.PaymentLinkResponse, error) {
	in := c.api.PaymentLinksApi.PaymentLinksInput().
		IdempotencyKey("link-" + s.Ref).
		PaymentLinkRequest(checkout.PaymentLinkRequest{
			Amount:          amountOf(s, s.DepositMinor),
			MerchantAccount: c.merchant,
			Reference:       s.Ref,
		})
	var lastErr error
	for i := 0; i < c.maxRetries; i++ {
		link, httpRes, err := c.api.PaymentLinksApi.PaymentLinks(ctx, in) // want "\\[retrybackoff\\] adyen PaymentLinksApi.PaymentLinks is retried by a for loop \\(line 28\\) with no wait between attempts"
		if err == nil {
			return link, nil
		}
		if httpRes != nil && httpRes.StatusCode < 500 {
			return checkout.PaymentLinkResponse{}, err
		}
		lastErr = err
	}
	return checkout.PaymentLinkResponse{}, fmt.Errorf("adyen: link for %s: %w", s.Ref, lastErr)
}

// PaymentLink reads a link, retrying 5xx answers a few times.
func (c *Client) PaymentLink(ctx context.Context, id string) (checkout.PaymentLinkResponse, error) {
	var (
		link checkout.PaymentLinkResponse
		err  error
	)
	wait := 500 * time.Millisecond
	for attempt := 0; attempt < 3; attempt++ {
		var httpRes *http.Response
		link, httpRes, err = c.api.PaymentLinksApi.GetPaymentLink(ctx, c.api.PaymentLinksApi.GetPaymentLinkInput(id))
		if err == nil || !transient(httpRes, err) {
			return link, err
		}
		time.Sleep(wait)
		wait *= 3
	}
	return link, err
}

// WaitLinkPaid blocks the kiosk until the guest has paid the link shown
// on the screen, the link expires, or ten minutes pass.
func (c *Client) WaitLinkPaid(ctx context.Context, id string) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	for {
		link, _, err := c.api.PaymentLinksApi.GetPaymentLink(ctx, c.api.PaymentLinksApi.GetPaymentLinkInput(id))
		if err != nil {
			return err
		}
		switch link.Status {
		case "completed", "paid":
			return nil
		case "expired":
			return ErrLinkExpired
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(linkPollEvery): // want "\\[pollinterval\\] payment status polled every 500ms"
		}
	}
}
