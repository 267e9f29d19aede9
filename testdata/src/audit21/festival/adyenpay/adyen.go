// Package adyenpay takes online wristband top-ups through Adyen Checkout
// (sessions for the web shop, payment links for the self-service kiosks)
// and returns unspent credit after the festival.
package adyenpay

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/adyen"
	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/adyen/adyen-go-api-library/v21/src/common"
	"github.com/google/uuid"
	"github.com/sethvargo/go-retry"

	"audit21/festival/platform"
	"audit21/festival/store"
)

// Client wraps the Adyen Checkout API.
type Client struct {
	api       *checkout.APIClient
	merchant  string
	returnURL string
	log       *slog.Logger
}

// Option configures a Client.
type Option func(*Client)

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option { return func(c *Client) { c.log = l } }

// WithReturnURL sets where the shopper lands after paying.
func WithReturnURL(u string) Option { return func(c *Client) { c.returnURL = u } }

// New builds a client for the merchant account.
func New(apiKey, merchant string, live bool, opts ...Option) *Client {
	env := common.Environment("TEST")
	if live {
		env = common.Environment("LIVE")
	}
	api := adyen.NewClient(&common.Config{ApiKey: apiKey, MerchantAccount: merchant, Environment: env})
	c := &Client{api: api.Checkout(), merchant: merchant, log: slog.Default()}
	for _, o := range opts {
		o(c)
	}
	return c
}

func amount(t *store.TopUp) checkout.Amount {
	return checkout.Amount{Currency: t.Currency, Value: int64(t.AmountCents)}
}

// sessionInput builds the /sessions call for a top-up.
func (c *Client) sessionInput(t *store.TopUp) checkout.PaymentsApiSessionsInput {
	shopper := t.WristbandID
	req := checkout.CreateCheckoutSessionRequest{
		Amount:           amount(t),
		MerchantAccount:  c.merchant,
		Reference:        t.ID,
		ReturnUrl:        c.returnURL + "?ref=" + t.ID,
		ShopperReference: &shopper,
	}
	return c.api.PaymentsApi.SessionsInput().
		IdempotencyKey(uuid.NewString()).
		CreateCheckoutSessionRequest(req)
}

// Session is what the web shop needs to mount Drop-in.
type Session struct {
	ID   string
	Data string
}

// StartSession opens a Checkout session for a top-up.
func (c *Client) StartSession(ctx context.Context, t *store.TopUp) (*Session, error) {
	res, err := platform.Retry(ctx, "adyen.sessions", func(ctx context.Context) (checkout.CreateCheckoutSessionResponse, error) {
		r, _, err := c.api.PaymentsApi.Sessions(ctx, c.sessionInput(t)) // want "\\[idempotency\\] adyen PaymentsApi\\.Sessions is retried by platform\\.Retry \\(line 81\\) but sessionInput makes a new idempotency key on every call"
		return r, err                                                   // want "\\[retrystatus\\] adyen PaymentsApi\\.Sessions is retried by platform\\.Retry \\(line 81\\): every non-2xx status is retried"
	})
	if err != nil {
		return nil, err
	}
	s := &Session{ID: res.Id}
	if res.SessionData != nil {
		s.Data = *res.SessionData
	}
	return s, nil
}

// Details resolves a redirect (3DS, iDEAL via Adyen) with /payments/details.
func (c *Client) Details(ctx context.Context, redirectResult string) (resultCode, pspRef string, err error) {
	in := c.api.PaymentsApi.PaymentsDetailsInput().PaymentDetailsRequest(checkout.PaymentDetailsRequest{
		Details: map[string]interface{}{"redirectResult": redirectResult},
	})
	res, _, err := c.api.PaymentsApi.PaymentsDetails(ctx, in)
	if err != nil {
		return "", "", fmt.Errorf("payments/details: %w", err)
	}
	if res.ResultCode != nil {
		resultCode = *res.ResultCode
	}
	if res.PspReference != nil {
		pspRef = *res.PspReference
	}
	return resultCode, pspRef, nil
}

// Refund returns part of a captured top-up.
func (c *Client) Refund(ctx context.Context, pspRef string, cents platform.Cents, currency, ref string) (string, error) {
	key := "refund-" + ref // audit: lookalike idempotency: the key is made once from our refund id, outside the retry, and set on every attempt
	b := retry.WithMaxRetries(3, retry.NewConstant(300*time.Millisecond))
	var out checkout.PaymentRefundResponse
	err := retry.Do(ctx, b, func(ctx context.Context) error {
		in := c.api.ModificationsApi.RefundCapturedPaymentInput(pspRef).
			IdempotencyKey(key).
			PaymentRefundRequest(checkout.PaymentRefundRequest{
				Amount:          checkout.Amount{Currency: currency, Value: int64(cents)},
				MerchantAccount: c.merchant,
				Reference:       &ref,
			})
		res, httpRes, err := c.api.ModificationsApi.RefundCapturedPayment(ctx, in) // want "\\[retrybackoff\\] adyen ModificationsApi\\.RefundCapturedPayment is retried by retry\\.Do \\(line"
		if err != nil {
			if httpRes != nil && (httpRes.StatusCode >= 500 || httpRes.StatusCode == 429) {
				return retry.RetryableError(err)
			}
			return err
		}
		out = res
		return nil
	})
	if err != nil {
		return "", err
	}
	return out.PaymentPspReference, nil
}

// ErrLinkExpired means the shopper never paid the kiosk link.
var ErrLinkExpired = errors.New("payment link expired")

// KioskLink shows a QR payment link on a self-service kiosk and waits for
// the attendee to pay it on their phone. Attendees who wander off leave the
// link open, so after a while a fresh one is put on screen.
func (c *Client) KioskLink(ctx context.Context, t *store.TopUp, show func(url string)) (string, error) {
	for attempt := 1; attempt <= 3; attempt++ {
		in := c.api.PaymentLinksApi.PaymentLinksInput().
			IdempotencyKey(fmt.Sprintf("%s-%d", t.ID, attempt)).
			PaymentLinkRequest(checkout.PaymentLinkRequest{Amount: amount(t), MerchantAccount: c.merchant, Reference: t.ID})
		link, _, err := c.api.PaymentLinksApi.PaymentLinks(ctx, in) // want "\\[idempotency\\] adyen PaymentLinksApi\\.PaymentLinks is made again on every pass of the loop" "\\[pollcreate\\] payment adyen PaymentLinksApi\\.PaymentLinks made again on every pass of the"
		if err != nil {
			return "", err
		}
		show(link.Url)
		var status string
		err = platform.WaitFor(ctx, 3*time.Second, 90*time.Second, func(ctx context.Context) (bool, error) {
			l, _, err := c.api.PaymentLinksApi.GetPaymentLink(ctx, c.api.PaymentLinksApi.GetPaymentLinkInput(link.Id))
			if err != nil {
				return false, err
			}
			status = l.Status
			return status == "completed" || status == "expired", nil
		})
		if errors.Is(err, platform.ErrStillPending) {
			c.log.InfoContext(ctx, "kiosk link idle, refreshing", "topup", t.ID, "link", link.Id)
			continue
		}
		if err != nil {
			return "", err
		}
		if status == "expired" {
			return "", ErrLinkExpired
		}
		return link.Id, nil
	}
	return "", ErrLinkExpired
}
