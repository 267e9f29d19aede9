// Package paypalhooks receives PayPal's webhooks and verifies them with
// PayPal's own REST endpoint, without the SDK.
package paypalhooks

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
)

var (
	ErrSignature = errors.New("paypalhooks: signature not verified")
	ErrNoHookID  = errors.New("paypalhooks: no webhook id configured")
)

// PayPal calls PayPal's REST API with a bearer token.
type PayPal struct {
	base      string
	token     string
	webhookID string
	hc        *http.Client
}

// Event is a PayPal webhook event, normalised.
type Event struct {
	ID       string
	Type     string
	OrderRef string
}

// post sends a JSON body to PayPal and answers the raw answer; a non-2xx
// answer is an error.
func (p *PayPal) post(ctx context.Context, path string, body any) ([]byte, error) {
	b, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.base+path, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+p.token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 300 {
		return nil, fmt.Errorf("paypal %s: %d", path, resp.StatusCode)
	}
	return raw, nil
}

func verifyRequest(payload []byte, h http.Header, webhookID string) map[string]any {
	return map[string]any{
		"auth_algo":         h.Get("Paypal-Auth-Algo"),
		"cert_url":          h.Get("Paypal-Cert-Url"),
		"transmission_id":   h.Get("Paypal-Transmission-Id"),
		"transmission_sig":  h.Get("Paypal-Transmission-Sig"),
		"transmission_time": h.Get("Paypal-Transmission-Time"),
		"webhook_id":        webhookID,
		"webhook_event":     json.RawMessage(payload),
	}
}

// VerifyWebhook asks PayPal whether the delivery is genuine and answers
// the event only when PayPal says SUCCESS; no webhook id fails closed.
func (p *PayPal) VerifyWebhook(ctx context.Context, payload []byte, h http.Header) (Event, error) {
	if p.webhookID == "" {
		return Event{}, ErrNoHookID
	}
	raw, err := p.post(ctx, "/v1/notifications/verify-webhook-signature", verifyRequest(payload, h, p.webhookID))
	if err != nil {
		return Event{}, err
	}
	var vr struct {
		VerificationStatus string `json:"verification_status"`
	}
	if err := json.Unmarshal(raw, &vr); err != nil || vr.VerificationStatus != "SUCCESS" {
		return Event{}, ErrSignature
	}
	return parseEvent(payload)
}

// CheckDelivery posts the same request but never looks at the verdict:
// PayPal answers FAILURE with a 200, so a forged event passes.
func (p *PayPal) CheckDelivery(ctx context.Context, payload []byte, h http.Header) (Event, error) {
	raw, err := p.post(ctx, "/v1/notifications/verify-webhook-signature", verifyRequest(payload, h, p.webhookID))
	if err != nil {
		return Event{}, err
	}
	var vr struct {
		VerificationStatus string `json:"verification_status"`
	}
	if err := json.Unmarshal(raw, &vr); err != nil {
		return Event{}, err
	}
	return parseEvent(payload)
}

func parseEvent(payload []byte) (Event, error) {
	var ev struct {
		ID       string `json:"id"`
		Type     string `json:"event_type"`
		Resource struct {
			CustomID string `json:"custom_id"`
		} `json:"resource"`
	}
	if err := json.Unmarshal(payload, &ev); err != nil {
		return Event{}, err
	}
	return Event{ID: ev.ID, Type: ev.Type, OrderRef: ev.Resource.CustomID}, nil
}
