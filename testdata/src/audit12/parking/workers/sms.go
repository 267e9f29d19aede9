package workers

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// SMSGateway sends text messages through the operator's SMS provider.
type SMSGateway struct {
	base   string
	apiKey string
	sender string
	http   *http.Client
}

// NewSMSGateway returns an SMS gateway client.
func NewSMSGateway(base, apiKey, sender string, hc *http.Client) *SMSGateway {
	return &SMSGateway{base: base, apiKey: apiKey, sender: sender, http: hc}
}

// SendReceipt sends a receipt text.
func (g *SMSGateway) SendReceipt(ctx context.Context, phone, text string) error {
	body, _ := json.Marshal(map[string]string{"from": g.sender, "to": phone, "text": text})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.base+"/messages", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+g.apiKey)
	resp, err := g.http.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("sms: %s", resp.Status)
	}
	return nil
}
