// Package docs exercises invoices as documents: creating, editing or
// sending an invoice (a bookkeeping record, a quote-like document) moves
// no money, so it is not a payment write; paying, charging or collecting
// an invoice is, and so is creating one that asks a payer for a sum (a
// hosted payment invoice) or one made on a billing provider's API.
package docs

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
)

type Books struct {
	Base string
	HC   *http.Client
}

func (c *Books) send(ctx context.Context, method, path string, in any) (*http.Response, error) {
	b, _ := json.Marshal(in)
	req, err := http.NewRequestWithContext(ctx, method, c.Base+path, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return c.HC.Do(req)
}

// --- bookkeeping documents: no money moves ---

type SalesInvoice struct {
	CustomerRef string    `json:"CustomerRef"`
	Lines       []float64 `json:"Line"`
	TotalAmt    float64   `json:"TotalAmt"`
	DocNumber   string    `json:"DocNumber"`
}

// A sales invoice mirrored into the company's books.
func (c *Books) Mirror(ctx context.Context, realm string, inv SalesInvoice) error {
	_, err := c.send(ctx, http.MethodPost, "/v3/company/"+realm+"/invoice", inv)
	return err
}

// A supplier bill recorded as a payable document.
func (c *Books) RecordPayable(ctx context.Context, supplier string, total float64) error {
	_, err := c.send(ctx, http.MethodPost, "/books/v3/invoices", map[string]any{
		"vendor_id": supplier, "type": "bill", "total": total, "currency_code": "EUR",
	})
	return err
}

// Editing, sending, voiding an existing invoice.
func (c *Books) Rename(ctx context.Context, id, memo string) error {
	_, err := c.send(ctx, http.MethodPost, "/v1/invoices/"+id, map[string]string{"memo": memo})
	return err
}

func (c *Books) Email(ctx context.Context, id string) error {
	_, err := c.send(ctx, http.MethodPost, "/v1/invoices/"+id+"/send", nil)
	return err
}

func (c *Books) Void(ctx context.Context, id string) error {
	_, err := c.send(ctx, http.MethodPost, "/v1/invoices/"+id+"/void", nil)
	return err
}

// An invoice issued for a payment already taken: a document about it.
func (c *Books) IssueFor(ctx context.Context, paymentID string) error {
	_, err := c.send(ctx, http.MethodPost, "/api/payments/"+paymentID+"/invoice", nil)
	return err
}

// --- money moved on an invoice ---

func (c *Books) Pay(ctx context.Context, id string) error { // want `wrapper Books.Pay write POST /v1/invoices/{}/pay idparam=1$`
	_, err := c.send(ctx, http.MethodPost, "/v1/invoices/"+id+"/pay", nil) // want `op write POST /v1/invoices/{}/pay id=id via=send$`
	return err
}

func (c *Books) Collect(ctx context.Context, id string) error { // want `wrapper Books.Collect write POST /api/v2/invoices/{}/collect_payment idparam=1$`
	_, err := c.send(ctx, http.MethodPost, "/api/v2/invoices/"+id+"/collect_payment", nil) // want `op write POST /api/v2/invoices/{}/collect_payment id=id via=send$`
	return err
}

func (c *Books) ChargeNow(ctx context.Context, customer string) error { // want `wrapper Books.ChargeNow write\|create POST /api/v2/invoices/charge$`
	_, err := c.send(ctx, http.MethodPost, "/api/v2/invoices/charge", map[string]string{"customer_id": customer}) // want `op write\|create POST /api/v2/invoices/charge via=send$`
	return err
}

// --- an invoice that asks a payer for a sum (a hosted payment page) ---

type checkoutInvoice struct {
	Amount   string            `json:"amount"`
	Currency string            `json:"currency"`
	Metadata map[string]string `json:"metadata"`
}

func (c *Books) Request(ctx context.Context, store, amount string) error { // want `wrapper Books.Request write\|create POST /api/v1/stores/{}/invoices$`
	_, err := c.send(ctx, http.MethodPost, "/api/v1/stores/"+store+"/invoices", checkoutInvoice{Amount: amount, Currency: "BTC"}) // want `op write\|create POST /api/v1/stores/{}/invoices via=send$`
	return err
}

// --- an invoice made on a billing provider's API ---

func StripeInvoice(ctx context.Context, hc *http.Client, customer string) error { // want `wrapper StripeInvoice write\|create POST /v1/invoices$`
	form := url.Values{}
	form.Set("customer", customer)
	form.Set("auto_advance", "true")
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.stripe.com/v1/invoices", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	_, err = hc.Do(req) // want `op write\|create POST /v1/invoices$`
	return err
}

// Reads stay reads.
func (c *Books) Status(ctx context.Context, id string) error { // want `wrapper Books.Status read GET /v1/invoices/{} idparam=1$`
	_, err := c.send(ctx, http.MethodGet, "/v1/invoices/"+id, nil) // want `op read GET /v1/invoices/{} id=id via=send$`
	return err
}
