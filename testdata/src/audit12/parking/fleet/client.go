// Package fleet bills fleet accounts (companies with many vehicles) once a
// month through the bank's transfer API.
package fleet

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"audit12/parking/domain"
)

// BankClient is a client of the bank's payments REST API. Every write
// carries a correlationId; the bank answers a repeated correlationId with
// the payment it already created.
type BankClient struct {
	base     string
	apiKey   string
	http     *http.Client
	attempts int
}

// BankOption configures a BankClient.
type BankOption func(*BankClient)

// WithHTTPClient sets the HTTP client.
func WithHTTPClient(hc *http.Client) BankOption { return func(c *BankClient) { c.http = hc } }

// WithAttempts sets how many times a write is sent.
func WithAttempts(n int) BankOption { return func(c *BankClient) { c.attempts = n } }

// NewBankClient returns a bank client.
func NewBankClient(base, apiKey string, opts ...BankOption) *BankClient {
	c := &BankClient{base: base, apiKey: apiKey, http: http.DefaultClient, attempts: 4}
	for _, o := range opts {
		o(c)
	}
	return c
}

// Payment is the bank's payment resource.
type Payment struct {
	ID            string `json:"paymentId"`
	CorrelationID string `json:"correlationId"`
	Status        string `json:"status"` // RECEIVED, PROCESSING, SETTLED, REJECTED, RETURNED
}

// APIError is a non-2xx answer of the bank.
type APIError struct {
	Status int
	Body   string
}

func (e *APIError) Error() string { return fmt.Sprintf("bank: %d %s", e.Status, e.Body) }

type collectionBody struct {
	CorrelationID string `json:"correlationId"`
	DebtorIBAN    string `json:"debtorIban"`
	AmountCents   int64  `json:"amountCents"`
	Currency      string `json:"currency"`
	Reference     string `json:"remittanceInformation"`
}

func (c *BankClient) newCollection(stmt *domain.FleetStatement) []byte {
	b, _ := json.Marshal(collectionBody{
		CorrelationID: stmt.ID + "-" + time.Now().UTC().Format("20060102T150405"),
		DebtorIBAN:    stmt.DebtorIBAN,
		AmountCents:   stmt.AmountCents,
		Currency:      "EUR",
		Reference:     "Fleet parking " + stmt.Period,
	})
	return b
}

func (c *BankClient) post(ctx context.Context, path string, body []byte) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "ApiKey "+c.apiKey)
	req.Header.Set("Content-Type", "application/json")
	return c.http.Do(req)
}

func decodePayment(resp *http.Response) (*Payment, error) {
	defer resp.Body.Close()
	var p Payment
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
		return nil, err
	}
	return &p, nil
}

func apiError(resp *http.Response) error {
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	return &APIError{Status: resp.StatusCode, Body: string(b)}
}

// SubmitCollection asks the bank to pull a statement's amount from the
// company's account under its direct debit agreement.
func (c *BankClient) SubmitCollection(ctx context.Context, stmt *domain.FleetStatement) (*Payment, error) {
	wait := time.Second
	var lastErr error
	for attempt := 0; attempt < c.attempts; attempt++ {
		if attempt > 0 {
			time.Sleep(wait)
			wait *= 2
		}
		resp, err := c.post(ctx, "/v2/collections", c.newCollection(stmt)) // want "\\[idempotency\\] POST /v2/collections is retried by a for loop \\(line 109\\) but newCollection makes a new idempotency key on every call"
		if err != nil {
			lastErr = err
			continue
		}
		if resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests {
			lastErr = apiError(resp)
			continue
		}
		if resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusOK {
			return nil, apiError(resp)
		}
		return decodePayment(resp)
	}
	return nil, lastErr
}

// SubmitInstant sends an instant credit transfer a company initiated from
// the fleet portal to settle its statement early.
func (c *BankClient) SubmitInstant(ctx context.Context, stmt *domain.FleetStatement, fromIBAN string) (*Payment, error) {
	body, _ := json.Marshal(map[string]any{
		"correlationId": "instant-" + stmt.ID,
		"debtorIban":    fromIBAN,
		"amountCents":   stmt.AmountCents,
		"currency":      "EUR",
	})
	wait := 2 * time.Second
	for attempt := 0; attempt < c.attempts; attempt++ {
		resp, err := c.post(ctx, "/v2/instant-payments", body)
		if err == nil {
			switch resp.StatusCode {
			case http.StatusCreated, http.StatusOK:
				return decodePayment(resp)
			default: // want "\\[retrystatus\\] POST /v2/instant-payments is retried by a for loop \\(line 141\\): every non-2xx status is retried"
				resp.Body.Close()
			}
		}
		time.Sleep(wait)
		wait *= 2
	}
	return nil, fmt.Errorf("instant payment for %s: gave up after %d attempts", stmt.ID, c.attempts)
}

// CreditNote pays a company back an overpaid amount.
func (c *BankClient) CreditNote(ctx context.Context, noteID, companyIBAN string, cents int64) (*Payment, error) {
	body, _ := json.Marshal(map[string]any{
		"correlationId": "credit-note-" + noteID,
		"creditorIban":  companyIBAN,
		"amountCents":   cents,
		"currency":      "EUR",
	})
	wait := time.Second
	for attempt := 1; ; attempt++ {
		resp, err := c.post(ctx, "/v2/payouts", body)
		switch {
		case err != nil:
		case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
			resp.Body.Close()
		case resp.StatusCode >= 400:
			return nil, apiError(resp)
		default:
			return decodePayment(resp)
		}
		if attempt == c.attempts {
			return nil, fmt.Errorf("credit note %s: bank unavailable", noteID)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
}

// GetPayment reads a payment.
func (c *BankClient) GetPayment(ctx context.Context, id string) (*Payment, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v2/payments/"+id, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "ApiKey "+c.apiKey)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, apiError(resp)
	}
	return decodePayment(resp)
}
