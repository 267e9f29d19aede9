package paypal

import (
	"context"
	"encoding/json"
	"net/http"
)

// Event is a PayPal webhook event.
type Event struct {
	ID           string          `json:"id"`
	EventType    string          `json:"event_type"`
	ResourceType string          `json:"resource_type"`
	Resource     json.RawMessage `json:"resource"`
}

// CaptureResource is the resource of PAYMENT.CAPTURE.* events.
type CaptureResource struct {
	ID                string `json:"id"`
	Status            string `json:"status"`
	CustomID          string `json:"custom_id"`
	SupplementaryData struct {
		RelatedIDs struct {
			OrderID string `json:"order_id"`
		} `json:"related_ids"`
	} `json:"supplementary_data"`
	Amount Money `json:"amount"`
}

// VerifyWebhook asks PayPal to check a delivery and returns its
// verification_status.
func (c *Client) VerifyWebhook(ctx context.Context, h http.Header, body []byte) (string, error) {
	req := map[string]any{
		"auth_algo":         h.Get("PAYPAL-AUTH-ALGO"),
		"cert_url":          h.Get("PAYPAL-CERT-URL"),
		"transmission_id":   h.Get("PAYPAL-TRANSMISSION-ID"),
		"transmission_sig":  h.Get("PAYPAL-TRANSMISSION-SIG"),
		"transmission_time": h.Get("PAYPAL-TRANSMISSION-TIME"),
		"webhook_id":        c.webhookID,
		"webhook_event":     json.RawMessage(body),
	}
	var out struct {
		VerificationStatus string `json:"verification_status"`
	}
	if err := c.do(ctx, http.MethodPost, "/v1/notifications/verify-webhook-signature", req, nil, &out); err != nil {
		return "", err
	}
	return out.VerificationStatus, nil
}
