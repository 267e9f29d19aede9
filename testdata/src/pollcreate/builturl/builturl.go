// Package builturl is a hand-written client for a mobile wallet whose
// every URL is made by one small function (c.url("/payments")), and a
// desk that shows the wallet's QR and waits for it. Replacing a QR left
// for two minutes registers a second payment while the first can still
// be confirmed in the app.
package builturl

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type Client struct {
	hc       *http.Client
	base     string
	merchant string
}

type Payment struct {
	ID    string `json:"id"`
	State string `json:"state"`
}

func (c *Client) url(path string) string {
	return fmt.Sprintf("%s/v1/merchants/%s%s", c.base, c.merchant, path)
}

// StartPayment registers a payment and returns it with its QR token.
func (c *Client) StartPayment(ctx context.Context, message string, rappen int64) (*Payment, error) {
	body, _ := json.Marshal(map[string]interface{}{"amountRappen": rappen, "currency": "CHF", "message": message})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url("/payments"), bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	res, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var p Payment
	return &p, json.NewDecoder(res.Body).Decode(&p)
}

// Payment reads a payment back.
func (c *Client) Payment(ctx context.Context, id string) (*Payment, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.url("/payments/"+id), nil)
	if err != nil {
		return nil, err
	}
	res, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var p Payment
	return &p, json.NewDecoder(res.Body).Decode(&p)
}

// --- flagged ---

// showQR replaces a QR left for two minutes by a fresh payment.
func showQR(ctx context.Context, c *Client, ref string, rappen int64) (bool, error) {
	p, err := c.StartPayment(ctx, "Desk "+ref, rappen)
	if err != nil {
		return false, err
	}
	shownAt := time.Now()
	deadline := time.Now().Add(10 * time.Minute)
	for time.Now().Before(deadline) {
		cur, err := c.Payment(ctx, p.ID)
		if err == nil {
			switch cur.State {
			case "SUCCESS":
				return true, nil
			case "FAILED", "CANCELED", "EXPIRED":
				return false, nil
			}
		}
		if time.Since(shownAt) > 2*time.Minute {
			if p, err = c.StartPayment(ctx, "Desk "+ref, rappen); err != nil { // want `new payment created inside the loop that polls payment p.ID \(line 73\)`
				return false, err
			}
			shownAt = time.Now()
		}
		time.Sleep(3 * time.Second)
	}
	return false, nil
}

// --- silent ---

// showQRUntilExpired shows a fresh QR only once the wallet says the last
// one expired or was canceled.
func showQRUntilExpired(ctx context.Context, c *Client, ref string, rappen int64) (bool, error) {
	p, err := c.StartPayment(ctx, "Desk "+ref, rappen)
	if err != nil {
		return false, err
	}
	deadline := time.Now().Add(10 * time.Minute)
	for time.Now().Before(deadline) {
		cur, err := c.Payment(ctx, p.ID)
		if err != nil {
			return false, err
		}
		switch cur.State {
		case "SUCCESS":
			return true, nil
		case "EXPIRED", "CANCELED":
			if p, err = c.StartPayment(ctx, "Desk "+ref, rappen); err != nil {
				return false, err
			}
		}
		time.Sleep(3 * time.Second)
	}
	return false, nil
}
