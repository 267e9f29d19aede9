// Package adyenpay takes consultation and prescription payments in the EU
// through Adyen Checkout.
package adyenpay

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/adyen"
	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/adyen/adyen-go-api-library/v21/src/common"
	"github.com/cenkalti/backoff/v4"

	"audit10/pharmacy/domain"
	"audit10/pharmacy/retryx"
)

// Client is the pharmacy's Adyen client.
type Client struct {
	api      *adyen.APIClient
	merchant string
}

// New returns a Client.
func New(apiKey, merchant string) *Client {
	api := adyen.NewClient(&common.Config{ApiKey: apiKey, MerchantAccount: merchant, Environment: "LIVE"})
	return &Client{api: api, merchant: merchant}
}

// PayConsultation authorises the booking fee with the shopper's encrypted
// card; 3-D Secure may send the shopper through a redirect.
func (c *Client) PayConsultation(ctx context.Context, cons *domain.Consultation) (checkout.PaymentResponse, error) {
	req := checkout.PaymentRequest{
		Amount:          checkout.Amount{Currency: cons.Currency, Value: cons.AmountMinor},
		MerchantAccount: c.merchant,
		Reference:       "consult-" + cons.ID,
	}
	key := "consult-pay-" + cons.ID
	return retryx.Do(ctx, retryx.Default, func(ctx context.Context) (checkout.PaymentResponse, error) {
		in := c.api.Checkout().PaymentsApi.PaymentsInput().IdempotencyKey(key).PaymentRequest(req)
		res, httpRes, err := c.api.Checkout().PaymentsApi.Payments(ctx, in)
		if err != nil && httpRes != nil {
			return res, &retryx.StatusError{Code: httpRes.StatusCode, Body: err.Error()}
		}
		return res, err
	})
}

// SubmitDetails completes a 3-D Secure redirect and returns the result code
// and PSP reference.
func (c *Client) SubmitDetails(ctx context.Context, redirectResult string) (string, string, error) {
	in := c.api.Checkout().PaymentsApi.PaymentsDetailsInput().
		PaymentDetailsRequest(checkout.PaymentDetailsRequest{Details: map[string]interface{}{"redirectResult": redirectResult}})
	res, _, err := c.api.Checkout().PaymentsApi.PaymentsDetails(ctx, in)
	if err != nil {
		return "", "", err
	}
	var code, psp string
	if res.ResultCode != nil {
		code = *res.ResultCode
	}
	if res.PspReference != nil {
		psp = *res.PspReference
	}
	return code, psp, nil
}

// Capture captures an authorised consultation fee once the doctor accepts.
func (c *Client) Capture(ctx context.Context, psp string, amount checkout.Amount) error {
	op := func() error {
		in := c.api.Checkout().ModificationsApi.CaptureAuthorisedPaymentInput(psp).
			IdempotencyKey("capture-" + psp).
			PaymentCaptureRequest(checkout.PaymentCaptureRequest{Amount: amount, MerchantAccount: c.merchant})
		_, httpRes, err := c.api.Checkout().ModificationsApi.CaptureAuthorisedPayment(ctx, in) // want "\\[retrybackoff\\] adyen ModificationsApi.CaptureAuthorisedPayment is retried by backoff.Retry \\(line 84\\) every 250ms"
		if err != nil && httpRes != nil && httpRes.StatusCode < 500 && httpRes.StatusCode != http.StatusTooManyRequests {
			return backoff.Permanent(err)
		}
		return err
	}
	b := backoff.WithMaxRetries(backoff.NewConstantBackOff(250*time.Millisecond), 6)
	return backoff.Retry(op, backoff.WithContext(b, ctx))
}

// RefundConsultation refunds a cancelled consultation.
func (c *Client) RefundConsultation(ctx context.Context, psp string, amount checkout.Amount, cancellationID string) (string, error) {
	var refundRef string
	op := func() error {
		in := c.api.Checkout().ModificationsApi.RefundCapturedPaymentInput(psp).
			IdempotencyKey("refund-" + cancellationID).
			PaymentRefundRequest(checkout.PaymentRefundRequest{Amount: amount, MerchantAccount: c.merchant})
		res, _, err := c.api.Checkout().ModificationsApi.RefundCapturedPayment(ctx, in)
		if err != nil { // want "\\[retrystatus\\] adyen ModificationsApi.RefundCapturedPayment is retried by backoff.Retry \\(line 102\\): every non-2xx status is retried"
			return fmt.Errorf("adyen refund %s: %w", psp, err)
		}
		refundRef = res.PaymentPspReference
		return nil
	}
	b := backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4)
	if err := backoff.Retry(op, backoff.WithContext(b, ctx)); err != nil {
		return "", err
	}
	return refundRef, nil
}

// LinkSender delivers a payment link to the patient.
type LinkSender func(ctx context.Context, orderID, url string) error

// ErrLinkExpired is returned when the patient never paid the link.
var ErrLinkExpired = errors.New("adyen: payment link expired")

// PayRxByLink sends the patient a payment link for a prescription order
// and waits until it is paid.
func (c *Client) PayRxByLink(ctx context.Context, o *domain.RxOrder, send LinkSender) (string, error) {
	link, err := c.newLink(ctx, o)
	if err != nil {
		return "", err
	}
	if err := send(ctx, o.ID, link.Url); err != nil {
		return "", err
	}
	sentAt := time.Now()
	ticker := time.NewTicker(10 * time.Second)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-ticker.C:
		}
		cur, _, err := c.api.Checkout().PaymentLinksApi.GetPaymentLink(ctx,
			c.api.Checkout().PaymentLinksApi.GetPaymentLinkInput(link.Id))
		if err != nil {
			continue
		}
		switch cur.Status {
		case "completed", "paid":
			return cur.Id, nil
		case "expired":
			return "", ErrLinkExpired
		}
		if time.Since(sentAt) > 30*time.Minute {
			link, err = c.newLink(ctx, o) // want "\\[pollcreate\\] new payment created inside the loop that polls payment link.Id"
			if err != nil {
				return "", err
			}
			_ = send(ctx, o.ID, link.Url)
			sentAt = time.Now()
		}
	}
}

func (c *Client) newLink(ctx context.Context, o *domain.RxOrder) (checkout.PaymentLinkResponse, error) {
	in := c.api.Checkout().PaymentLinksApi.PaymentLinksInput().PaymentLinkRequest(checkout.PaymentLinkRequest{
		Amount:          checkout.Amount{Currency: o.Currency, Value: o.AmountMinor},
		MerchantAccount: c.merchant,
		Reference:       "rx-" + o.ID,
	})
	res, _, err := c.api.Checkout().PaymentLinksApi.PaymentLinks(ctx, in)
	return res, err
}
