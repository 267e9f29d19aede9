package baas

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"audit12/wages/domain"
	"audit12/wages/kit"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
)

const (
	settlePollEvery = 750 * time.Millisecond
	maxSettlePolls  = 400
)

func (c *Client) newDebitRequest(ctx context.Context, adv domain.Advance) (*http.Request, error) {
	body, err := json.Marshal(map[string]any{
		"amount":    adv.AmountMinor,
		"currency":  "USD",
		"worker_id": adv.WorkerID,
		"reference": "repay-" + adv.ID + "-" + strconv.Itoa(adv.Attempts),
	})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/debits", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	c.authorize(req)
	req.Header.Set("Idempotency-Key", uuid.NewString())
	return req, nil
}

// CreateDebit pulls a repayment from the worker's linked account. It
// implements domain.Debitor.
func (c *Client) CreateDebit(ctx context.Context, adv domain.Advance) (*domain.Transfer, error) {
	req, err := c.newDebitRequest(ctx, adv)
	if err != nil {
		return nil, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, kit.Retryable(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
		return nil, kit.Retryable(decodeError(resp))
	}
	if resp.StatusCode >= 300 {
		return nil, decodeError(resp)
	}
	var t domain.Transfer
	return &t, json.NewDecoder(resp.Body).Decode(&t)
}

// TransferStatus reads a transfer's status, retrying transport hiccups.
func (c *Client) TransferStatus(ctx context.Context, id string) (string, error) {
	var status string
	op := func() error {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/transfers/"+id, nil)
		if err != nil {
			return backoff.Permanent(err)
		}
		c.authorize(req)
		resp, err := c.hc.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK { // want "\\[retrystatus\\] GET /v1/transfers/\\{\\} is retried by backoff.Retry"
			return decodeError(resp)
		}
		var t domain.Transfer
		if err := json.NewDecoder(resp.Body).Decode(&t); err != nil {
			return backoff.Permanent(err)
		}
		status = t.Status
		return nil
	}
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 5), ctx)
	return status, backoff.Retry(op, b)
}

// WaitSettled polls a transfer until Corebank settles or rejects it.
func (c *Client) WaitSettled(ctx context.Context, id string) (*domain.Transfer, error) {
	for i := 0; i < maxSettlePolls; i++ {
		t, err := c.GetTransfer(ctx, id)
		if err != nil {
			return nil, err
		}
		switch t.Status {
		case "settled":
			return t, nil
		case "rejected", "returned", "failed":
			return t, &APIError{Status: 200, Detail: "transfer " + t.Status}
		}
		time.Sleep(settlePollEvery) // want "\\[pollinterval\\] payment status polled every 750ms"
	}
	return nil, context.DeadlineExceeded
}
