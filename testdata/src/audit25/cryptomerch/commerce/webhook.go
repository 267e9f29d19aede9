package commerce

import "encoding/json"

// SignatureHeader carries the HMAC-SHA256 of the raw body.
const SignatureHeader = "X-CC-Webhook-Signature"

// Event is a webhook delivery.
type Event struct {
	ID    string `json:"id"`
	Event struct {
		ID   string          `json:"id"`
		Type string          `json:"type"`
		Data json.RawMessage `json:"data"`
	} `json:"event"`
}

// ChargeOf decodes the charge an event is about.
func (e *Event) ChargeOf() (*Charge, error) {
	var c Charge
	if err := json.Unmarshal(e.Event.Data, &c); err != nil {
		return nil, err
	}
	return &c, nil
}
