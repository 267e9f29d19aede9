// Package tracekeys: transfers and orders retried with the provider's own
// reference (a transfer TraceId, merchant_order_id / merchantOrderId),
// and trace ids that are only tracing (look-alikes).
package tracekeys

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
)

const api = "https://api.psp.example/v1"

type transfer struct {
	TraceID string `json:"TraceId"`
	To      string `json:"to"`
	Amount  int64  `json:"amount"`
}

func post(ctx context.Context, c *http.Client, path string, v any) error {
	b, _ := json.Marshal(v)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, api+path, bytes.NewReader(b))
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// --- silent: the reference made once, before the retry ---

func transferTraceOnce(ctx context.Context, c *http.Client, to string, amount int64) error {
	trace := uuid.NewString()
	var err error
	for i := 0; i < 3; i++ {
		if err = post(ctx, c, "/transfers", transfer{TraceID: trace, To: to, Amount: amount}); err == nil {
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

func orderRefOnce(ctx context.Context, c *http.Client, orderID, amount int64) error {
	ref := fmt.Sprintf("%d-%d", orderID, time.Now().UnixNano())
	var err error
	for i := 0; i < 3; i++ {
		body := map[string]any{"merchant_order_id": ref, "amount": amount}
		if err = post(ctx, c, "/orders", body); err == nil {
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

func orderRefFromRow(ctx context.Context, c *http.Client, orderID string, amount int64) error {
	var err error
	for i := 0; i < 3; i++ {
		if err = post(ctx, c, "/orders", map[string]any{"merchantOrderId": orderID, "amount": amount}); err == nil {
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// --- flagged: made anew on every attempt ---

func orderRefPerAttempt(ctx context.Context, c *http.Client, orderID, amount int64) error {
	var err error
	for i := 0; i < 3; i++ {
		body := map[string]any{"merchant_order_id": fmt.Sprintf("%d-%d", orderID, time.Now().UnixNano()), "amount": amount}
		if err = post(ctx, c, "/orders", body); err == nil { // want `POST /v1/orders is retried by a for loop \(line 77\) with an idempotency key made anew on every attempt`
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

func transferTracePerAttempt(ctx context.Context, c *http.Client, to string, amount int64) error {
	var err error
	for i := 0; i < 3; i++ {
		if err = post(ctx, c, "/transfers", transfer{TraceID: uuid.NewString(), To: to, Amount: amount}); err == nil { // want `with an idempotency key made anew on every attempt`
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// --- look-alikes: a tracing id is not a key (still no key: reported) ---

// The trace id travels in a tracing header, not the body.
func transferTraceHeader(ctx context.Context, c *http.Client, to string, amount int64) error {
	trace := uuid.NewString()
	var err error
	for i := 0; i < 3; i++ {
		b, _ := json.Marshal(map[string]any{"to": to, "amount": amount})
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, api+"/transfers", bytes.NewReader(b))
		req.Header.Set("X-Trace-Id", trace)
		var resp *http.Response
		if resp, err = c.Do(req); err == nil { // want `POST /v1/transfers is retried by a for loop \(line 104\) without an idempotency key`
			resp.Body.Close()
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// A constant TraceId is a label, not a per-operation value.
func transferTraceConstant(ctx context.Context, c *http.Client, to string, amount int64) error {
	var err error
	for i := 0; i < 3; i++ {
		if err = post(ctx, c, "/transfers", transfer{TraceID: "payouts", To: to, Amount: amount}); err == nil { // want `without an idempotency key`
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}
