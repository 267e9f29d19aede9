package ops

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// SMS sends text messages through the bulk SMS gateway.
type SMS struct {
	endpoint string
	apiKey   string
	sender   string
	hc       *http.Client
}

// NewSMS returns the SMS gateway client.
func NewSMS(endpoint, apiKey, sender string) *SMS {
	return &SMS{endpoint: endpoint, apiKey: apiKey, sender: sender, hc: &http.Client{Timeout: 10 * time.Second}}
}

// Send delivers one message.
func (s *SMS) Send(ctx context.Context, to, msg string) error {
	form := url.Values{"to": {to}, "message": {msg}, "from": {s.sender}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.endpoint+"/version1/messaging", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.Header.Set("apiKey", s.apiKey)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := s.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("sms: status %d", resp.StatusCode)
	}
	return nil
}

// Farmer is a grower subscribed to harvest alerts.
type Farmer struct {
	Name  string
	Phone string
	Crop  string
}

// HarvestAlerts tells farmers which crops to bring to the aggregation
// point tomorrow. The gateway accepts five messages a second.
func (s *SMS) HarvestAlerts(ctx context.Context, farmers []Farmer, day string) {
	for _, f := range farmers {
		msg := fmt.Sprintf("Habari %s, please bring %s to the collection point on %s.", f.Name, f.Crop, day)
		if err := s.Send(ctx, f.Phone, msg); err != nil {
			log.Printf("harvest alert to %s: %v", f.Phone, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
