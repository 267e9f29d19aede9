// Package xnd wraps Xendit for Indonesia and the Philippines: invoices for
// label purchases and locker top-ups, e-wallet charges through payment
// requests, refunds, and disbursements of COD remittances.
package xnd

import (
	"context"
	"encoding/base64"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"audit20/parcels/platform"

	"github.com/go-resty/resty/v2"
	xendit6 "github.com/xendit/xendit-go/v6"
	"github.com/xendit/xendit-go/v6/invoice"
	xendit "github.com/xendit/xendit-go/v7"
	pr "github.com/xendit/xendit-go/v7/payment_request"
	"github.com/xendit/xendit-go/v7/refund"
)

type Client struct {
	payments *xendit.APIClient
	invoices *xendit6.APIClient
	rest     *resty.Client
	log      *slog.Logger
}

type Option func(*Client)

func WithLogger(l *slog.Logger) Option { return func(c *Client) { c.log = l } }

func New(secretKey string, opts ...Option) *Client {
	auth := base64.StdEncoding.EncodeToString([]byte(secretKey + ":"))
	c := &Client{
		payments: xendit.NewClient(secretKey),
		invoices: xendit6.NewClient(secretKey),
		rest: resty.New().
			SetBaseURL("https://api.xendit.co").
			SetHeader("Authorization", "Basic "+auth).
			SetTimeout(30 * time.Second).
			SetRetryCount(3).
			SetRetryWaitTime(2 * time.Second).
			SetRetryMaxWaitTime(20 * time.Second),
		log: slog.Default(),
	}
	for _, o := range opts {
		o(c)
	}
	return c
}

// Invoice is what callers need of a Xendit invoice.
type Invoice struct {
	ID     string
	URL    string
	Status string
}

// CreateInvoice opens a hosted invoice. externalID is our reference.
func (c *Client) CreateInvoice(ctx context.Context, externalID string, amount float64, email, description string) (*Invoice, error) {
	req := *invoice.NewCreateInvoiceRequest(externalID, amount)
	req.PayerEmail = &email
	req.Description = &description
	cur := "IDR"
	req.Currency = &cur
	inv, _, xerr := c.invoices.InvoiceApi.CreateInvoice(ctx).CreateInvoiceRequest(req).Execute()
	if xerr != nil {
		return nil, fmt.Errorf("xendit invoice %s: %s", externalID, xerr.Error())
	}
	id := ""
	if inv.Id != nil {
		id = *inv.Id
	}
	return &Invoice{ID: id, URL: inv.InvoiceUrl, Status: string(inv.Status)}, nil
}

// InvoiceStatus reads an invoice's status.
func (c *Client) InvoiceStatus(ctx context.Context, id string) (invoice.InvoiceStatus, error) {
	inv, _, xerr := c.invoices.InvoiceApi.GetInvoiceById(ctx, id).Execute()
	if xerr != nil {
		return "", fmt.Errorf("xendit invoice %s: %s", id, xerr.Error())
	}
	return inv.Status, nil
}

// WaitInvoice waits until an invoice is paid or expired, for at most
// 20 reads five seconds apart.
func (c *Client) WaitInvoice(ctx context.Context, id string) (invoice.InvoiceStatus, error) {
	for i := 0; i < 20; i++ { // audit: lookalike pollbound: capped at 20 reads, leaves on PAID/SETTLED and on EXPIRED, and on ctx
		st, err := c.InvoiceStatus(ctx, id)
		if err != nil {
			return "", err
		}
		switch st {
		case invoice.INVOICESTATUS_PAID, invoice.INVOICESTATUS_SETTLED, invoice.INVOICESTATUS_EXPIRED:
			return st, nil
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
	return "", fmt.Errorf("xendit invoice %s: no final status yet", id)
}

// ChargeEWallet starts an e-wallet (OVO, DANA, GCash) charge. key is sent as
// the request's idempotency key when the caller has one.
func (c *Client) ChargeEWallet(ctx context.Context, ref string, amount float64, key string) (*pr.PaymentRequest, error) {
	req := c.payments.PaymentRequestApi.CreatePaymentRequest(ctx).
		PaymentRequestParameters(pr.PaymentRequestParameters{ReferenceId: &ref, Amount: &amount})
	if key != "" {
		req = req.IdempotencyKey(key)
	}
	out, _, xerr := req.Execute()
	if xerr != nil {
		return nil, fmt.Errorf("xendit e-wallet %s: %s", ref, xerr.Error())
	}
	return out, nil
}

// AwaitEWallet waits for the customer to approve the charge in their app.
func (c *Client) AwaitEWallet(ctx context.Context, id string) (pr.PaymentRequestStatus, error) {
	for { // want "\\[pollbound\\] loop polling payment id has no bound: no ctx\\.Done\\(\\), deadline, attempt cap"
		time.Sleep(3 * time.Second)
		got, _, xerr := c.payments.PaymentRequestApi.GetPaymentRequestByID(ctx, id).Execute()
		if xerr != nil {
			c.log.Warn("xendit payment request read", "id", id, "err", xerr.Error())
			continue
		}
		switch got.Status {
		case pr.PAYMENTREQUESTSTATUS_SUCCEEDED, pr.PAYMENTREQUESTSTATUS_FAILED, pr.PAYMENTREQUESTSTATUS_EXPIRED:
			return got.Status, nil
		}
	}
}

// Refund refunds an e-wallet charge. ref is stable per refund so the retry
// below can never refund twice.
func (c *Client) Refund(ctx context.Context, paymentRequestID, ref string, amount float64) (string, error) {
	key := "rf-" + ref
	var id string
	err := retryTransient(ctx, func() error {
		out, resp, xerr := c.payments.RefundApi.CreateRefund(ctx).
			IdempotencyKey(key). // audit: lookalike idempotency: key made once from our refund reference, the same on every attempt
			CreateRefund(refund.CreateRefund{PaymentRequestId: &paymentRequestID, ReferenceId: &ref, Amount: &amount}).
			Execute()
		if xerr != nil {
			if resp != nil && resp.StatusCode < 500 && resp.StatusCode != http.StatusTooManyRequests {
				return platform.Permanent(xerr)
			}
			return xerr
		}
		id = out.Id
		return nil
	})
	return id, err
}
