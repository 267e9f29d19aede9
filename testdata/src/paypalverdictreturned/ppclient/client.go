// Package ppclient is a merchant's own PayPal REST client. Its
// VerifyWebhook posts a delivery to PayPal's
// /v1/notifications/verify-webhook-signature and hands the answer's
// verification_status back to the caller: PayPal answers FAILURE with a
// 200, so the error says only that PayPal could not be asked.
package ppclient

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

// Client calls PayPal's REST API.
type Client struct {
	Base, Token, WebhookID string
	HC                     *http.Client
}

func (c *Client) do(ctx context.Context, method, path string, body, out any) error {
	raw, err := json.Marshal(body)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, method, c.Base+path, bytes.NewReader(raw))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.Token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.HC.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("paypal %s %s: %d", method, path, resp.StatusCode)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// VerifyWebhook asks PayPal to check a delivery and returns its
// verification_status ("SUCCESS" or "FAILURE").
func (c *Client) VerifyWebhook(ctx context.Context, h http.Header, body []byte) (string, error) {
	req := map[string]any{
		"auth_algo":         h.Get("PAYPAL-AUTH-ALGO"),
		"cert_url":          h.Get("PAYPAL-CERT-URL"),
		"transmission_id":   h.Get("PAYPAL-TRANSMISSION-ID"),
		"transmission_sig":  h.Get("PAYPAL-TRANSMISSION-SIG"),
		"transmission_time": h.Get("PAYPAL-TRANSMISSION-TIME"),
		"webhook_id":        c.WebhookID,
		"webhook_event":     json.RawMessage(body),
	}
	var out struct {
		VerificationStatus string `json:"verification_status"`
	}
	if err := c.do(ctx, http.MethodPost, "/v1/notifications/verify-webhook-signature", req, &out); err != nil {
		return "", err
	}
	return out.VerificationStatus, nil
}

// ErrForged: PayPal did not verify the delivery.
var ErrForged = errors.New("ppclient: delivery not verified by PayPal")

// CheckWebhook verifies a delivery: an error unless PayPal answered
// SUCCESS.
func (c *Client) CheckWebhook(ctx context.Context, h http.Header, body []byte) error {
	verdict, err := c.VerifyWebhook(ctx, h, body)
	if err != nil {
		return err
	}
	if verdict != "SUCCESS" {
		return ErrForged
	}
	return nil
}

// AskWebhook only asks: its error is nil for a FAILURE verdict too.
func (c *Client) AskWebhook(ctx context.Context, h http.Header, body []byte) error {
	_, err := c.VerifyWebhook(ctx, h, body)
	return err
}
