package xnd

import (
	"context"
	"fmt"
	"time"

	"audit20/parcels/platform"
)

// Disbursement is a bank transfer of a COD remittance to a seller.
type Disbursement struct {
	ExternalID        string  `json:"external_id"`
	Amount            float64 `json:"amount"`
	BankCode          string  `json:"bank_code"`
	AccountHolderName string  `json:"account_holder_name"`
	AccountNumber     string  `json:"account_number"`
	Description       string  `json:"description"`
}

type DisbursementResult struct {
	ID     string `json:"id"`
	Status string `json:"status"` // PENDING, COMPLETED, FAILED
}

// Disburse sends money to a seller's bank account.
func (c *Client) Disburse(ctx context.Context, d Disbursement) (*DisbursementResult, error) {
	var out DisbursementResult
	resp, err := c.rest.R(). // want "\\[idempotency\\] POST /disbursements is retried by the resty client with SetRetryCount\\(3\\) \\(line 40\\) without an idempotency key"
					SetContext(ctx).
					SetBody(d).
					SetResult(&out).
					Post("/disbursements")
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, &APIError{Status: resp.StatusCode(), Body: resp.String()}
	}
	return &out, nil
}

// APIError is a non-2xx answer of Xendit's REST API.
type APIError struct {
	Status int
	Body   string
}

func (e *APIError) Error() string { return fmt.Sprintf("xendit: HTTP %d: %s", e.Status, e.Body) }

func (e *APIError) StatusCode() int { return e.Status }

// retryTransient retries fn on errors that may go away, three times.
func retryTransient(ctx context.Context, fn func() error) error {
	return platform.Retry(ctx, 3, 2*time.Second, func(context.Context, int) error { return fn() })
}
