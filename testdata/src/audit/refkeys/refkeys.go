// Package refkeys talks to three PSPs over plain net/http; each dedupes on
// a reference field it names itself.
package refkeys

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/google/uuid"
)

type Client struct {
	http *http.Client
	base string
}

func (c *Client) post(ctx context.Context, path string, body any) (*http.Response, error) {
	b, _ := json.Marshal(body)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+path, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	return c.http.Do(req)
}

type Order struct {
	ID     int64
	Amount int64
	Ref    string // merchant reference stored when the order was created
}

// ChargeWithCorrelation makes the correlationId once: every attempt is the
// same operation (silent).
func (c *Client) ChargeWithCorrelation(ctx context.Context, o Order) error {
	corr := uuid.NewString()
	for attempt := 1; attempt <= 4; attempt++ {
		resp, err := c.post(ctx, "/v2/payments", map[string]any{
			"correlationId": corr,
			"amount":        o.Amount,
		})
		if err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Duration(attempt) * 2 * time.Second)
	}
	return fmt.Errorf("charge %d: gave up", o.ID)
}

// PayoutWithExternalID makes the externalId inside the loop.
func (c *Client) PayoutWithExternalID(ctx context.Context, o Order) error {
	for attempt := 1; attempt <= 4; attempt++ {
		resp, err := c.post(ctx, "/v1/payouts", map[string]any{ // want `\[idempotency\] POST /v1/payouts .*made anew on every attempt`
			"externalId": uuid.NewString(),
			"amount":     o.Amount,
		})
		if err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Duration(attempt) * 2 * time.Second)
	}
	return fmt.Errorf("payout %d: gave up", o.ID)
}

type tradeReq struct {
	OutTradeNo  string `json:"out_trade_no"`
	TotalAmount string `json:"total_amount"`
	Subject     string `json:"subject"`
}

// PrecreateTrade sends out_trade_no from the order row: stable (silent).
func (c *Client) PrecreateTrade(ctx context.Context, o Order) error {
	req := tradeReq{OutTradeNo: o.Ref, TotalAmount: strconv.FormatInt(o.Amount, 10), Subject: "order"}
	var err error
	for i := 0; i < 3; i++ {
		var resp *http.Response
		if resp, err = c.post(ctx, "/v1/trade/precreate", req); err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// CreateOrderPerAttempt stamps merchant_order_id with the clock on every
// attempt.
func (c *Client) CreateOrderPerAttempt(ctx context.Context, o Order) error {
	var err error
	for i := 0; i < 3; i++ {
		body := map[string]any{
			"merchant_order_id": fmt.Sprintf("%d-%d", o.ID, time.Now().UnixNano()),
			"amount":            o.Amount,
		}
		var resp *http.Response
		// audit: note: reported as "without an idempotency key": merchant_order_id is the provider's key field, made per attempt from the clock; the message should say "made anew on every attempt".
		if resp, err = c.post(ctx, "/v1/orders", body); err == nil { // want `\[idempotency\] POST /v1/orders is retried by a for loop`
			resp.Body.Close()
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// TransferNoKey retries a transfer with no reference at all.
func (c *Client) TransferNoKey(ctx context.Context, to string, amount int64) error {
	var err error
	for i := 0; i < 5; i++ {
		var resp *http.Response
		if resp, err = c.post(ctx, "/v1/transfers", map[string]any{"to": to, "amount": amount}); err == nil { // want `\[idempotency\] POST /v1/transfers .*without an idempotency key`
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Second * time.Duration(i+1))
	}
	return err
}

// PayoutBatch builds sender_batch_id from the payout row inside the loop:
// the same value on every attempt (silent).
func (c *Client) PayoutBatch(ctx context.Context, payoutID int64, email string, amount int64) error {
	var err error
	for i := 0; i < 3; i++ {
		body := map[string]any{
			"sender_batch_header": map[string]any{"sender_batch_id": fmt.Sprintf("payout-%d", payoutID)},
			"items":               []map[string]any{{"receiver": email, "amount": amount}},
		}
		var resp *http.Response
		if resp, err = c.post(ctx, "/v1/payments/payouts", body); err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Duration(i+1) * 2 * time.Second)
	}
	return err
}

// TransferTraced sends the transfer with a TraceId made once (silent).
func (c *Client) TransferTraced(ctx context.Context, to string, amount int64) error {
	trace := uuid.NewString()
	var err error
	for i := 0; i < 5; i++ {
		var resp *http.Response
		if resp, err = c.post(ctx, "/v1/transfers", map[string]any{"TraceId": trace, "to": to, "amount": amount}); err == nil { // audit: false alarm idempotency: TraceId (the provider's transfer dedupe field, issue 18) made once before the loop
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Second * time.Duration(i+1))
	}
	return err
}
