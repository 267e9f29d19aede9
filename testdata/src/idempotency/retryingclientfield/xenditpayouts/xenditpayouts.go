// Package xenditpayouts pays sellers out through Xendit's disbursement
// REST API with resty. The client is configured in the constructor: its
// base URL names Xendit's host, its retry count makes resty send a
// request again after a timeout. Xendit dedupes disbursements on the
// X-IDEMPOTENCY-KEY header only; external_id is a label it does not
// check, so a retried disbursement carrying only external_id pays twice.
package xenditpayouts

import (
	"context"
	"encoding/base64"
	"time"

	"github.com/go-resty/resty/v2"
)

type Disbursement struct {
	ExternalID    string  `json:"external_id"`
	Amount        float64 `json:"amount"`
	BankCode      string  `json:"bank_code"`
	AccountNumber string  `json:"account_number"`
}

type Client struct {
	rest *resty.Client
}

func New(secret string) *Client {
	auth := base64.StdEncoding.EncodeToString([]byte(secret + ":"))
	return &Client{rest: resty.New().
		SetBaseURL("https://api.xendit.co").
		SetHeader("Authorization", "Basic "+auth).
		SetRetryCount(3).
		SetRetryWaitTime(2 * time.Second)}
}

// Disburse: only external_id in the body, sent by the retrying client to
// the Xendit host its constructor set: a retried timeout pays the
// seller twice.
func (c *Client) Disburse(ctx context.Context, d Disbursement) error {
	_, err := c.rest.R().SetContext(ctx).SetBody(d).Post("/disbursements") // want `POST /disbursements is retried by the resty client with SetRetryCount\(3\) \(line 30\) without an idempotency key`
	return err
}

// DisburseKeyed: the payout's own reference as X-IDEMPOTENCY-KEY, the
// same on every attempt: silent.
func (c *Client) DisburseKeyed(ctx context.Context, d Disbursement) error {
	_, err := c.rest.R().SetContext(ctx).
		SetHeader("X-IDEMPOTENCY-KEY", "disb-"+d.ExternalID).
		SetBody(d).
		Post("/disbursements")
	return err
}

// ---- the base URL set on the client's variable ---------------------------

type Remitter struct {
	api *resty.Client
}

func NewRemitter() *Remitter {
	rc := resty.New()
	rc.SetBaseURL("https://api.xendit.co/")
	rc.SetRetryCount(2)
	return &Remitter{api: rc}
}

// Remit: the same disbursement through a client configured statement by
// statement: reported.
func (r *Remitter) Remit(ctx context.Context, d Disbursement) error {
	_, err := r.api.R().SetContext(ctx).SetBody(d).Post("disbursements") // want `POST /disbursements is retried by the resty client with SetRetryCount\(2\) \(line 64\) without an idempotency key`
	return err
}

// ---- a provider the code does not name ------------------------------------

type Gateway struct {
	api *resty.Client
}

// NewGateway: the base URL comes from the configuration; the provider,
// and whether it dedupes on external_id, is not known.
func NewGateway(base string) *Gateway {
	return &Gateway{api: resty.New().SetBaseURL(base).SetRetryCount(3)}
}

// Transfer: external_id kept as the key: silent.
func (g *Gateway) Transfer(ctx context.Context, d Disbursement) error {
	_, err := g.api.R().SetContext(ctx).SetBody(d).Post("/transfers")
	return err
}

// Custodian: a request with its own absolute URL to a custodian that
// dedupes on external_id; the client's Xendit base does not apply to it:
// silent.
func (c *Client) Custodian(ctx context.Context, d Disbursement) error {
	_, err := c.rest.R().SetContext(ctx).SetBody(d).Post("https://custody.example.com/v1/transfers")
	return err
}
