package wires

import (
	"context"
	"fmt"
	"strconv"
	"time"
)

// NewQuote locks an FX rate for a supplier payment (no money moves).
func (c *Client) NewQuote(ctx context.Context, src, dst string, amount float64) (*Quote, error) {
	var q Quote
	resp, err := c.rc.R().SetContext(ctx).
		SetBody(map[string]any{"sourceCurrency": src, "targetCurrency": dst, "targetAmount": amount, "profile": c.cfg.ProfileID}).
		SetResult(&q).
		Post("/v3/quotes")
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, fmt.Errorf("wires: quote: %s", resp.Status())
	}
	return &q, nil
}

// CreateTransfer creates the supplier transfer for a quote.
func (c *Client) CreateTransfer(ctx context.Context, quoteID string, recipient int64, billRef string) (*Transfer, error) {
	var t Transfer
	resp, err := c.rc.R().SetContext(ctx). // want "\\[idempotency\\] POST /v1/transfers is retried by the resty client with SetRetryCount\\(3\\) \\(line 24\\) without an idempotency key"
						SetBody(map[string]any{"targetAccount": recipient, "quoteUuid": quoteID, "details": map[string]string{"reference": billRef}}).
						SetResult(&t).
						Post("/v1/transfers") // (reported at the chain's start above) POST /v1/transfers (a supplier payment) is sent by a resty client built with SetRetryCount(3) in NewClient, with no idempotency key or customerTransactionId: a retry after a lost response creates a second transfer
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, fmt.Errorf("wires: transfer: %s", resp.Status())
	}
	return &t, nil
}

// Fund pays the transfer from the platform's balance. The bank often
// answers 503 under load, so keep trying until it goes through.
func (c *Client) Fund(ctx context.Context, transferID int64) error {
	path := "/v3/profiles/" + c.cfg.ProfileID + "/transfers/" + strconv.FormatInt(transferID, 10) + "/payments"
	for {
		resp, err := c.rc.R().SetContext(ctx). // want "\\[retrybackoff\\] POST /v3/profiles/{}/transfers/{}/payments is retried by a for loop"
							SetHeader("X-Idempotence-Uuid", "fund-"+strconv.FormatInt(transferID, 10)).
							SetBody(map[string]string{"type": "BALANCE"}).
							Post(path)
		if err == nil && resp.IsSuccess() {
			return nil
		}
		if err == nil && resp.StatusCode() < 500 {
			return fmt.Errorf("wires: fund: %s", resp.Status())
		}
	}
}

// GetTransfer reads a transfer, retrying while the API catches up.
func (c *Client) GetTransfer(ctx context.Context, id int64) (*Transfer, error) {
	var lastErr error
	for attempt := 1; attempt <= 3; attempt++ {
		var t Transfer
		resp, err := c.rc.R().SetContext(ctx).SetResult(&t).Get("/v1/transfers/" + strconv.FormatInt(id, 10))
		if err == nil && resp.StatusCode() == 200 { // want "\\[retrystatus\\] GET /v1/transfers/{} is retried by a for loop"
			return &t, nil
		}
		if err != nil {
			lastErr = err
		} else {
			lastErr = fmt.Errorf("wires: get transfer %d: %s", id, resp.Status())
		}
		time.Sleep(time.Duration(attempt) * 2 * time.Second)
	}
	return nil, lastErr
}

// WaitSent waits until the transfer left our balance (outgoing_payment_sent)
// or ended, for at most 20 minutes.
func (c *Client) WaitSent(ctx context.Context, id int64) (string, error) {
	deadline := time.Now().Add(20 * time.Minute)
	for time.Now().Before(deadline) {
		var t Transfer
		resp, err := c.rc.R().SetContext(ctx).SetResult(&t).Get("/v1/transfers/" + strconv.FormatInt(id, 10))
		if err != nil {
			return "", err
		}
		if resp.IsError() {
			return "", fmt.Errorf("wires: %s", resp.Status())
		}
		switch t.Status {
		case "outgoing_payment_sent", "cancelled", "funds_refunded", "bounced_back":
			return t.Status, nil
		}
		time.Sleep(10 * time.Second)
	}
	return "processing", nil
}
