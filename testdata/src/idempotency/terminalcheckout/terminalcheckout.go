// Package terminalcheckout pushes Square Terminal checkouts to a
// restaurant's card readers through a hand-written REST client: a
// checkout (POST /v2/terminals/checkouts) takes the card payment on the
// reader, so a push retried with a new idempotency_key on every attempt
// can charge the guest twice. Look-alikes: the key made once before the
// retries, and a device code for pairing a reader retried with no key (no
// money moves).
package terminalcheckout

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
)

type square struct {
	hc    *http.Client
	base  string
	token string
}

func (s *square) post(ctx context.Context, path string, body any) error {
	raw, err := json.Marshal(body)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.base+path, bytes.NewReader(raw))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+s.token)
	resp, err := s.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("square %s: %d", path, resp.StatusCode)
	}
	return nil
}

// pushTab retries the checkout with a new key on every attempt.
func (s *square) pushTab(ctx context.Context, deviceID string, cents int64) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		err = s.post(ctx, "/v2/terminals/checkouts", map[string]any{ // want `POST /v2/terminals/checkouts is retried by a for loop \(line 51\) with an idempotency key made anew on every attempt`
			"idempotency_key": uuid.NewString(),
			"checkout": map[string]any{
				"amount_money":   map[string]any{"amount": cents, "currency": "USD"},
				"device_options": map[string]any{"device_id": deviceID},
			},
		})
		if err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

// pushTabOnce makes the key once: every attempt is the same checkout.
func (s *square) pushTabOnce(ctx context.Context, deviceID string, cents int64) error {
	key := uuid.NewString()
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		err = s.post(ctx, "/v2/terminals/checkouts", map[string]any{
			"idempotency_key": key,
			"checkout": map[string]any{
				"amount_money":   map[string]any{"amount": cents, "currency": "USD"},
				"device_options": map[string]any{"device_id": deviceID},
			},
		})
		if err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

// pairReader asks for a device code to pair a reader: no payment.
func (s *square) pairReader(ctx context.Context, location string) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		err = s.post(ctx, "/v2/devices/codes", map[string]any{
			"idempotency_key": uuid.NewString(),
			"device_code":     map[string]any{"product_type": "TERMINAL_API", "location_id": location},
		})
		if err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}
