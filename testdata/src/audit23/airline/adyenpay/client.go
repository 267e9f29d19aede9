// Package adyenpay wraps the Adyen Checkout API for the European market.
package adyenpay

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/adyen"
	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/adyen/adyen-go-api-library/v21/src/common"
	"github.com/avast/retry-go/v4"

	"audit23/airline/domain"
	"audit23/airline/platform"
)

type Client struct {
	api       *checkout.APIClient
	merchant  string
	returnURL string
	backoff   platform.Backoff
	log       *slog.Logger
}

type Option func(*Client)

func WithBackoff(b platform.Backoff) Option { return func(c *Client) { c.backoff = b } }
func WithLogger(l *slog.Logger) Option      { return func(c *Client) { c.log = l } }

func New(apiKey, merchant, env, returnURL string, opts ...Option) *Client {
	ac := adyen.NewClient(&common.Config{
		ApiKey:          apiKey,
		MerchantAccount: merchant,
		Environment:     common.Environment(env),
	})
	c := &Client{
		api:       ac.Checkout(),
		merchant:  merchant,
		returnURL: returnURL,
		backoff:   platform.DefaultBackoff,
		log:       slog.Default(),
	}
	for _, o := range opts {
		o(c)
	}
	return c
}

// Session is what the drop-in needs on the booking page.
type Session struct {
	ID   string
	Data string
}

func transient(resp *http.Response) bool {
	return resp == nil || resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests
}

// StartSession opens a Checkout session for a held booking.
func (c *Client) StartSession(ctx context.Context, b *domain.Booking) (*Session, error) {
	req := checkout.CreateCheckoutSessionRequest{
		Amount:          checkout.Amount{Currency: b.Currency, Value: b.AmountMinor},
		MerchantAccount: c.merchant,
		Reference:       b.PNR,
		ReturnUrl:       fmt.Sprintf("%s/booking/%s/return", c.returnURL, b.PNR),
	}
	key := "session-" + b.PNR + "-" + b.HoldUntil.Format(time.RFC3339) // audit: lookalike idempotency: one key per hold, made once outside the retry
	var lastResp *http.Response
	res, err := retry.DoWithData(func() (checkout.CreateCheckoutSessionResponse, error) {
		in := c.api.PaymentsApi.SessionsInput().IdempotencyKey(key).CreateCheckoutSessionRequest(req)
		out, resp, err := c.api.PaymentsApi.Sessions(ctx, in)
		lastResp = resp
		return out, err
	},
		retry.Context(ctx),
		retry.Attempts(3),
		retry.Delay(time.Second),
		retry.DelayType(retry.BackOffDelay),
		retry.RetryIf(func(error) bool { return transient(lastResp) }), // audit: lookalike retrystatus: only 5xx, 429 and network errors go round
	)
	if err != nil {
		return nil, fmt.Errorf("adyen sessions: %w", err)
	}
	s := &Session{ID: res.Id}
	if res.SessionData != nil {
		s.Data = *res.SessionData
	}
	return s, nil
}

// Charge pays an ancillary with the shopper's stored card (one-click seat
// or bag purchase after booking).
func (c *Client) Charge(ctx context.Context, a *domain.Ancillary, pnr string) (string, error) {
	req := checkout.PaymentRequest{
		Amount:          checkout.Amount{Currency: a.Currency, Value: a.AmountMinor},
		MerchantAccount: c.merchant,
		Reference:       fmt.Sprintf("%s-%s-%d", pnr, a.Kind, a.ID),
	}
	var psp string
	err := platform.Retry(ctx, c.backoff, "adyen.payments", func(ctx context.Context) error {
		out, resp, err := c.api.PaymentsApi.Payments(ctx, c.api.PaymentsApi.PaymentsInput().PaymentRequest(req)) // want "\\[idempotency\\] adyen PaymentsApi\\.Payments is retried by platform\\.Retry \\(line 104\\) without"
		if err != nil {
			if !transient(resp) {
				return platform.Permanent(err)
			}
			return err
		}
		if out.ResultCode != nil && *out.ResultCode == "Refused" {
			return platform.Permanent(domain.ErrDeclined)
		}
		if out.PspReference != nil {
			psp = *out.PspReference
		}
		return nil
	})
	return psp, err
}

// Refund gives money back on a captured payment. refundID is our refund
// row, so every attempt (also from a later sweep) reuses its key.
func (c *Client) Refund(ctx context.Context, pspRef string, refundID int64, amount int64, currency string) (string, error) {
	ref := fmt.Sprintf("RF-%d", refundID)
	in := c.api.ModificationsApi.RefundCapturedPaymentInput(pspRef).
		IdempotencyKey(ref). // audit: lookalike idempotency: key from the refund row, the same on every attempt and every sweep
		PaymentRefundRequest(checkout.PaymentRefundRequest{
			Amount:          checkout.Amount{Currency: currency, Value: amount},
			MerchantAccount: c.merchant,
			Reference:       &ref,
		})
	var out checkout.PaymentRefundResponse
	err := platform.Retry(ctx, c.backoff, "adyen.refund", func(ctx context.Context) error {
		var err error
		var resp *http.Response
		out, resp, err = c.api.ModificationsApi.RefundCapturedPayment(ctx, in) // audit: lookalike retrybackoff: platform.Retry waits 1s, doubling, for 4 attempts
		if err != nil && !transient(resp) {
			return platform.Permanent(err)
		}
		return err
	})
	if err != nil {
		return "", err
	}
	return out.PaymentPspReference, nil
}

// ErrLinkNotPaid means the shopper never completed the link.
var ErrLinkNotPaid = errors.New("payment link not paid")

// SellByLink sends the passenger a pay-by-link for an ancillary bought at
// the call centre and waits for it to be paid.
func (c *Client) SellByLink(ctx context.Context, a *domain.Ancillary, pnr string, notify func(url string) error) (string, error) {
	for round := 0; round < 3; round++ {
		in := c.api.PaymentLinksApi.PaymentLinksInput().PaymentLinkRequest(checkout.PaymentLinkRequest{
			Amount:          checkout.Amount{Currency: a.Currency, Value: a.AmountMinor},
			MerchantAccount: c.merchant,
			Reference:       fmt.Sprintf("%s-%s-%d", pnr, a.Kind, a.ID),
		})
		link, _, err := c.api.PaymentLinksApi.PaymentLinks(ctx, in) // want "\\[pollcreate\\] payment adyen PaymentLinksApi\\.PaymentLinks made again on every pass of the"
		if err != nil {
			return "", err
		}
		if err := notify(link.Url); err != nil {
			return "", err
		}
		err = platform.WaitFor(ctx, 20*time.Minute, 10*time.Second, func(ctx context.Context) (bool, error) {
			l, _, err := c.api.PaymentLinksApi.GetPaymentLink(ctx, c.api.PaymentLinksApi.GetPaymentLinkInput(link.Id))
			if err != nil {
				return false, err
			}
			switch l.Status {
			case "completed", "paid":
				return true, nil
			case "expired":
				return false, ErrLinkNotPaid
			}
			return false, nil
		})
		if err == nil {
			return link.Id, nil
		}
		if !errors.Is(err, platform.ErrGaveUp) {
			return "", err
		}
		c.log.InfoContext(ctx, "payment link not paid yet, sending a fresh one", "pnr", pnr, "link", link.Id)
	}
	return "", ErrLinkNotPaid
}
