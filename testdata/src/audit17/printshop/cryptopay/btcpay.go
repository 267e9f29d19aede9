package cryptopay

import (
	"context"
	"fmt"
	"time"

	"github.com/go-resty/resty/v2"
)

// BTCPay invoice states.
const (
	InvoiceNew        = "New"
	InvoiceProcessing = "Processing"
	InvoiceSettled    = "Settled"
	InvoiceExpired    = "Expired"
	InvoiceInvalid    = "Invalid"
)

// Invoice is a BTCPay Server invoice.
type Invoice struct {
	ID           string            `json:"id"`
	Status       string            `json:"status"`
	CheckoutLink string            `json:"checkoutLink"`
	Amount       string            `json:"amount"`
	Currency     string            `json:"currency"`
	Metadata     map[string]string `json:"metadata"`
}

// BTCPay is a Greenfield API client for one store.
type BTCPay struct {
	rc      *resty.Client
	storeID string
}

// NewBTCPay returns a client of the store's Greenfield API.
func NewBTCPay(baseURL, storeID, apiKey string) *BTCPay {
	rc := resty.New().
		SetBaseURL(baseURL).
		SetHeader("Authorization", "token "+apiKey).
		SetTimeout(20 * time.Second).
		SetRetryCount(3).
		SetRetryWaitTime(2 * time.Second).
		SetRetryMaxWaitTime(20 * time.Second).
		AddRetryCondition(func(r *resty.Response, err error) bool {
			return err != nil || r.StatusCode() >= 400 // want "\\[retrystatus\\] payment requests are retried by the resty client's retry condition \\(line 45\\)"
		})
	return &BTCPay{rc: rc, storeID: storeID}
}

// CreateInvoice opens an invoice for the order; the buyer pays on its checkout link.
func (b *BTCPay) CreateInvoice(ctx context.Context, orderID string, amountCents int64, currency, redirectURL string) (*Invoice, error) {
	var inv Invoice
	resp, err := b.rc.R().
		SetContext(ctx).
		SetHeader("Idempotency-Key", "inv-"+orderID).
		SetPathParam("store", b.storeID).
		SetBody(map[string]any{
			"amount":   fmt.Sprintf("%d.%02d", amountCents/100, amountCents%100),
			"currency": currency,
			"metadata": map[string]string{"orderId": orderID},
			"checkout": map[string]string{"redirectURL": redirectURL},
		}).
		SetResult(&inv).
		Post("/api/v1/stores/{store}/invoices")
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, fmt.Errorf("btcpay: create invoice: %s", resp.Status())
	}
	return &inv, nil
}

// GetInvoice reads an invoice.
func (b *BTCPay) GetInvoice(ctx context.Context, id string) (*Invoice, error) {
	var inv Invoice
	resp, err := b.rc.R().
		SetContext(ctx).
		SetPathParams(map[string]string{"store": b.storeID, "id": id}).
		SetResult(&inv).
		Get("/api/v1/stores/{store}/invoices/{id}")
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, fmt.Errorf("btcpay: get invoice %s: %s", id, resp.Status())
	}
	return &inv, nil
}
