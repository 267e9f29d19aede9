// Package ocpp talks to our charge-point management system (CPMS), which
// relays OCPP commands to the chargers on site.
package ocpp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Client is the CPMS REST client. "Charge" in this package always means
// electricity, never money.
type Client struct {
	base  string
	token string
	http  *http.Client
}

func New(base, token string) *Client {
	return &Client{base: base, token: token, http: &http.Client{Timeout: 10 * time.Second}}
}

func (c *Client) post(ctx context.Context, path string, body any) (*http.Response, error) {
	b, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+path, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Content-Type", "application/json")
	return c.http.Do(req)
}

// RemoteStart asks the charger to start a transaction on a connector. The
// CPMS drops commands while a charger reconnects, so we simply resend.
func (c *Client) RemoteStart(ctx context.Context, chargerID string, connector int, idTag string) error {
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := c.post(ctx, "/chargepoints/"+chargerID+"/remote-start",
			map[string]any{"connectorId": connector, "idTag": idTag})
		if err == nil && resp.StatusCode == http.StatusOK {
			resp.Body.Close()
			return nil
		}
		if resp != nil {
			resp.Body.Close()
		}
	}
	return fmt.Errorf("ocpp: charger %s did not accept remote start", chargerID)
}

// RemoteStop ends the transaction; the charger sends its final meter values.
func (c *Client) RemoteStop(ctx context.Context, chargerID string, transactionID int) error {
	resp, err := c.post(ctx, "/chargepoints/"+chargerID+"/remote-stop",
		map[string]any{"transactionId": transactionID})
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("ocpp: remote stop: %s", resp.Status)
	}
	return nil
}

// SetChargingLimit pushes a charging profile (max current) to the charger.
// Load balancing on site depends on it, so it is resent until accepted.
func (c *Client) SetChargingLimit(ctx context.Context, chargerID string, amps int) error {
	for {
		resp, err := c.post(ctx, "/chargepoints/"+chargerID+"/charging-profile",
			map[string]any{"chargingRateUnit": "A", "limit": amps, "stackLevel": 1})
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				time.Sleep(200 * time.Millisecond)
				continue
			}
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		time.Sleep(200 * time.Millisecond)
	}
}
