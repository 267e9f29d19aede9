package worker

import (
	"context"
	"log"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// SMS sends text messages through the local SMS gateway.
type SMS struct {
	gateway string
	token   string
	hc      *http.Client
}

// NewSMS returns an SMS sender.
func NewSMS(gateway, token string) *SMS {
	return &SMS{gateway: gateway, token: token, hc: &http.Client{Timeout: 10 * time.Second}}
}

// Send sends one message.
func (s *SMS) Send(ctx context.Context, phone, text string) error {
	form := url.Values{"to": {phone}, "text": {text}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.gateway+"/messages", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+s.token)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := s.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Pickup is tomorrow's scheduled pickup.
type Pickup struct {
	OrderID string
	Phone   string
	Window  string
}

// Reminders texts customers the evening before their pickup.
type Reminders struct {
	sms  *SMS
	list func(ctx context.Context) ([]Pickup, error)
}

// NewReminders returns the reminder job.
func NewReminders(sms *SMS, list func(ctx context.Context) ([]Pickup, error)) *Reminders {
	return &Reminders{sms: sms, list: list}
}

// Run is the machinery task "pickups.remind".
func (r *Reminders) Run() error {
	ctx := context.Background()
	pickups, err := r.list(ctx)
	if err != nil {
		return err
	}
	for _, p := range pickups {
		for try := 0; try < 3; try++ {
			if err := r.sms.Send(ctx, p.Phone, "Recogemos tu ropa mañana entre "+p.Window); err == nil {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		log.Printf("reminded %s", p.OrderID)
	}
	return nil
}
