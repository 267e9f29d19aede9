// Package clientcfg: resty clients that retry on their own, configured
// where a constructor builds them and kept in a struct field; another
// method sends a payment write through the field.
package clientcfg

import (
	"context"
	"net/http"
	"time"

	"github.com/go-resty/resty/v2"
)

// ---- a retry count taken from defaults that options may change --------

type settings struct {
	attempts int
	wait     time.Duration
}

type Setting func(*settings)

func Attempts(n int) Setting { return func(s *settings) { s.attempts = n } }

// Payouts is built by value: the field is set in the literal returned.
type Payouts struct {
	api *resty.Client
}

func NewPayouts(base string, opts ...Setting) Payouts {
	s := &settings{attempts: 4, wait: time.Second}
	for _, o := range opts {
		o(s)
	}
	return Payouts{api: resty.New().SetBaseURL(base).SetRetryCount(s.attempts).SetRetryWaitTime(s.wait)}
}

type payoutBody struct {
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
	Recipient string `json:"recipient_id"`
}

// Send: resty re-sends the payout after a timeout, with no key.
func (p Payouts) Send(ctx context.Context, recipient string, cents int64) error {
	_, err := p.api.R().SetContext(ctx). // want `POST /payouts is retried by the resty client with SetRetryCount\(s\.attempts\) \(4 by default\) \(line 35\) without an idempotency key`
						SetBody(payoutBody{Amount: cents, Currency: "EUR", Recipient: recipient}).
						Post("/payouts")
	return err
}

// ---- a count held in a local, the field assigned after the literal ----

type Acquirer struct {
	rest *resty.Client
	name string
}

func NewAcquirer(base string) *Acquirer {
	a := &Acquirer{name: "acq"}
	tries := 2
	rc := resty.New().SetBaseURL(base)
	rc.SetRetryCount(tries)
	a.rest = rc
	return a
}

func (a *Acquirer) Capture(ctx context.Context, paymentID string, cents int64) error {
	_, err := a.rest.R(). // want `POST /payments/\{\}/captures is retried by the resty client with SetRetryCount\(2\) \(line 63\) without an idempotency key`
				SetPathParam("id", paymentID).
				SetBody(map[string]any{"amount": cents}).
				Post("/payments/{id}/captures")
	return err
}

// ---- a retry condition that looks at statuses only: POSTs go round ----

type Refunds struct {
	c *resty.Client
}

func NewRefunds(base string) *Refunds {
	return &Refunds{c: resty.New().SetBaseURL(base).SetRetryCount(3).
		AddRetryCondition(func(r *resty.Response, err error) bool {
			return err != nil || r.StatusCode() >= 500
		})}
}

func (r *Refunds) Refund(ctx context.Context, chargeID string, cents int64) error {
	_, err := r.c.R().SetBody(map[string]any{"charge": chargeID, "amount": cents}).Post("/refunds") // want `POST /refunds is retried by the resty client with SetRetryCount\(3\) \(line 83\) without an idempotency key`
	return err
}

// ---- look-alikes: silent ----------------------------------------------

// No retries by default: options may turn them on, the constructor does not.
type Transfers struct {
	api *resty.Client
}

func NewTransfers(base string, opts ...Setting) *Transfers {
	s := settings{attempts: 0}
	for _, o := range opts {
		o(&s)
	}
	return &Transfers{api: resty.New().SetBaseURL(base).SetRetryCount(s.attempts)}
}

func (t *Transfers) Transfer(ctx context.Context, to string, cents int64) error {
	_, err := t.api.R().SetBody(payoutBody{Amount: cents, Currency: "EUR", Recipient: to}).Post("/transfers")
	return err
}

// Retries only reads: the condition tests the request's method, which
// replaces resty's default of retrying every transport error.
type Charges struct {
	rc *resty.Client
}

func readsOnly(r *resty.Response, err error) bool {
	return r != nil && r.Request != nil && r.Request.Method == http.MethodGet && (err != nil || r.StatusCode() >= 500)
}

func NewCharges(base string) *Charges {
	rc := resty.New().SetBaseURL(base).SetRetryCount(3).AddRetryCondition(readsOnly)
	return &Charges{rc: rc}
}

func (c *Charges) Charge(ctx context.Context, card string, cents int64) error {
	_, err := c.rc.R().SetBody(map[string]any{"source": card, "amount": cents, "currency": "usd"}).Post("/charges")
	return err
}

func (c *Charges) Get(ctx context.Context, id string) error {
	_, err := c.rc.R().Get("/charges/" + id)
	return err
}

// The caller's key rides on every resend.
type Disbursals struct {
	rc *resty.Client
}

func NewDisbursals(base string) *Disbursals {
	return &Disbursals{rc: resty.New().SetBaseURL(base).SetRetryCount(3)}
}

func (d *Disbursals) Disburse(ctx context.Context, key, wallet string, cents int64) error {
	_, err := d.rc.R().SetHeader("Idempotency-Key", key).
		SetBody(map[string]any{"wallet": wallet, "amount": cents, "currency": "KES"}).
		Post("/disbursements")
	return err
}

// A retrying client that only reads exchange rates.
type Rates struct {
	rc *resty.Client
}

func NewRates(base string) *Rates {
	return &Rates{rc: resty.New().SetBaseURL(base).SetRetryCount(5)}
}

func (r *Rates) Rate(ctx context.Context, from, to string) error {
	_, err := r.rc.R().SetQueryParams(map[string]string{"from": from, "to": to}).Get("/fx/rates")
	return err
}

// The count is the caller's: unknown here, so no retry is assumed.
type Settlements struct {
	rc *resty.Client
}

func NewSettlements(base string, retries int) *Settlements {
	return &Settlements{rc: resty.New().SetBaseURL(base).SetRetryCount(retries)}
}

func (s *Settlements) Settle(ctx context.Context, batch string, cents int64) error {
	_, err := s.rc.R().SetBody(map[string]any{"batch": batch, "amount": cents}).Post("/settlements")
	return err
}
