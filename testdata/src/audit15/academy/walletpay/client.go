package walletpay

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// Client talks to Kwikpay.
type Client struct {
	base     string
	apiKey   string
	http     *http.Client
	attempts int
}

func NewClient(apiKey string, opts ...Option) *Client {
	c := &Client{base: defaultBaseURL, apiKey: apiKey, http: &http.Client{Timeout: 15 * time.Second}, attempts: 3}
	for _, o := range opts {
		o(c)
	}
	return c
}

// ChargeRequest asks the learner's wallet for money.
type ChargeRequest struct {
	OrderID     string
	MSISDN      string
	AmountMinor int64
	Currency    string
}

type chargeBody struct {
	PartnerTxnUID string `json:"partner_txn_uid"`
	MSISDN        string `json:"msisdn"`
	Amount        int64  `json:"amount"`
	Currency      string `json:"currency"`
	Narration     string `json:"narration"`
}

// Charge is Kwikpay's view of a wallet debit.
type Charge struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Amount int64  `json:"amount"`
}

// APIError is a non-2xx answer.
type APIError struct {
	Status int
	Code   string `json:"error_code"`
}

func (e *APIError) Error() string { return fmt.Sprintf("kwikpay: %d %s", e.Status, e.Code) }

func (c *Client) newChargeBody(r ChargeRequest) chargeBody {
	return chargeBody{
		PartnerTxnUID: r.OrderID + "-" + strconv.FormatInt(time.Now().UnixNano(), 36),
		MSISDN:        r.MSISDN,
		Amount:        r.AmountMinor,
		Currency:      r.Currency,
		Narration:     "Course " + r.OrderID,
	}
}

// CreateCharge debits the wallet, retrying network errors and 5xx.
func (c *Client) CreateCharge(ctx context.Context, r ChargeRequest) (Charge, error) {
	wait := time.Second
	var lastErr error
	for attempt := 0; attempt < c.attempts; attempt++ {
		var ch Charge
		status, err := c.send(ctx, http.MethodPost, "/charges", c.newChargeBody(r), &ch) // want "\\[idempotency\\] POST /charges is retried by a for loop \\(line 74\\) without an idempotency key"
		switch {
		case err == nil && status < 300:
			return ch, nil
		case err == nil && status != http.StatusTooManyRequests && status < 500:
			return Charge{}, &APIError{Status: status}
		}
		lastErr = fmt.Errorf("kwikpay charge: status %d: %w", status, err)
		time.Sleep(wait)
		wait *= 2
	}
	return Charge{}, lastErr
}

// GetCharge reads one charge.
func (c *Client) GetCharge(ctx context.Context, id string) (Charge, error) {
	var ch Charge
	status, err := c.send(ctx, http.MethodGet, "/charges/"+id, nil, &ch)
	if err != nil {
		return Charge{}, err
	}
	if status != http.StatusOK {
		return Charge{}, &APIError{Status: status}
	}
	return ch, nil
}

// AwaitSettled polls a charge until it settles, fails or maxWait passes.
// It reports false with no error when the charge is still pending.
func (c *Client) AwaitSettled(ctx context.Context, id string, maxWait time.Duration) (bool, error) {
	deadline := time.Now().Add(maxWait)
	t := time.NewTicker(settlePollEvery) // want "\\[pollinterval\\] payment status polled every 750ms"
	defer t.Stop()
	for time.Now().Before(deadline) {
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-t.C:
		}
		ch, err := c.GetCharge(ctx, id)
		if err != nil {
			continue
		}
		switch ch.Status {
		case StatusSettled:
			return true, nil
		case StatusFailed, StatusExpired, StatusCancelled:
			return false, fmt.Errorf("kwikpay: charge %s %s", id, ch.Status)
		}
	}
	return false, nil
}

// Settlement reads a charge for the nightly reconciliation, riding out
// short outages.
func (c *Client) Settlement(ctx context.Context, id string) (Charge, error) {
	var lastErr error
	for attempt := 1; attempt <= 4; attempt++ {
		var ch Charge
		status, err := c.send(ctx, http.MethodGet, "/charges/"+id, nil, &ch)
		if err == nil && status == http.StatusOK { // want "\\[retrystatus\\] GET /charges/\\{\\} is retried by a for loop \\(line 133\\): every non-2xx status is retried"
			return ch, nil
		}
		lastErr = fmt.Errorf("kwikpay settlement %s: status %d: %v", id, status, err)
		time.Sleep(time.Duration(attempt) * 2 * time.Second)
	}
	return Charge{}, lastErr
}

type refundBody struct {
	PartnerTxnUID string `json:"partner_txn_uid"`
	Amount        int64  `json:"amount"`
	Reason        string `json:"reason"`
}

// Refund returns money to the wallet the charge came from.
func (c *Client) Refund(ctx context.Context, chargeID string, amountMinor int64, reason string) error {
	body := refundBody{PartnerTxnUID: "rf-" + chargeID, Amount: amountMinor, Reason: reason}
	var lastErr error
	for attempt := 0; attempt < 5; attempt++ {
		status, err := c.send(ctx, http.MethodPost, "/charges/"+chargeID+"/refunds", body, nil) // want "\\[retrybackoff\\] POST /charges/\\{\\}/refunds is retried by a for loop \\(line 155\\) every 250ms"
		if err == nil && status < 300 {
			return nil
		}
		if err == nil && status != http.StatusTooManyRequests && status < 500 {
			return &APIError{Status: status}
		}
		lastErr = fmt.Errorf("kwikpay refund: status %d: %v", status, err)
		time.Sleep(refundPause)
	}
	return lastErr
}

func (c *Client) send(ctx context.Context, method, path string, in, out any) (int, error) {
	var buf bytes.Buffer
	if in != nil {
		if err := json.NewEncoder(&buf).Encode(in); err != nil {
			return 0, err
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, &buf)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if out != nil && resp.StatusCode < 300 {
		if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
			return resp.StatusCode, err
		}
	}
	return resp.StatusCode, nil
}
