// Package forward relays payment events to internal services and to
// merchants' webhook endpoints, with retries: notifications about a
// payment, not payment writes.
package forward

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
)

type Event struct {
	Type      string `json:"type"`
	PaymentID string `json:"payment_id"`
}

func post(ctx context.Context, hc *http.Client, url string, ev Event) error {
	b, _ := json.Marshal(ev)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(b))
	if err != nil {
		return backoff.Permanent(err)
	}
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 500 {
		return errors.New("retry")
	}
	return nil
}

// ToLedger relays to the ledger's event intake.
func ToLedger(ctx context.Context, hc *http.Client, ev Event) error {
	return backoff.Retry(func() error {
		b, _ := json.Marshal(ev)
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "http://ledger.internal/v1/events/payments", bytes.NewReader(b))
		resp, err := hc.Do(req)
		if err != nil {
			return err
		}
		resp.Body.Close()
		return nil
	}, backoff.NewExponentialBackOff())
}

// ToMerchant delivers a webhook to the merchant's endpoint.
func ToMerchant(ctx context.Context, hc *http.Client, ev Event) error {
	for attempt := 0; attempt < 5; attempt++ {
		b, _ := json.Marshal(ev)
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://merchant.example.com/webhooks/payments", bytes.NewReader(b))
		if resp, err := hc.Do(req); err == nil && resp.StatusCode < 300 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return errors.New("undelivered")
}

// ToFulfilment notifies the fulfilment service that a payment settled.
func ToFulfilment(ctx context.Context, hc *http.Client, ev Event) error {
	for attempt := 0; attempt < 5; attempt++ {
		b, _ := json.Marshal(ev)
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "http://fulfilment.internal/notify/payment", bytes.NewReader(b))
		if resp, err := hc.Do(req); err == nil && resp.StatusCode < 300 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("undelivered")
}
