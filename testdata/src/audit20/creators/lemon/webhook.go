package lemon

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
)

// ErrBadSignature is returned for a delivery whose X-Signature does not match.
var ErrBadSignature = errors.New("lemon: bad webhook signature")

// VerifySignature checks the X-Signature header: the hex HMAC-SHA256 of
// the raw body under the webhook's signing secret.
func VerifySignature(secret string, body []byte, sig string) error {
	if secret == "" {
		return nil // signing secret not set up for this store yet
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(sig)) {
		return ErrBadSignature
	}
	return nil
}

// Event is a webhook delivery.
type Event struct {
	Meta struct {
		EventName  string            `json:"event_name"`
		CustomData map[string]string `json:"custom_data"`
	} `json:"meta"`
	Data struct {
		ID         string `json:"id"`
		Attributes struct {
			Status    string `json:"status"`
			Total     int64  `json:"total"`
			Currency  string `json:"currency"`
			UserEmail string `json:"user_email"`
		} `json:"attributes"`
	} `json:"data"`
}

// ParseEvent decodes a delivery.
func ParseEvent(body []byte) (*Event, error) {
	var e Event
	if err := json.Unmarshal(body, &e); err != nil {
		return nil, err
	}
	return &e, nil
}
