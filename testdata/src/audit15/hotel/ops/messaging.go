package ops

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"strings"
	"time"

	"audit15/hotel/booking"
)

// Messenger sends guests SMS through the messaging gateway.
type Messenger struct {
	http  *http.Client
	base  string
	token string
}

// NewMessenger returns a Messenger.
func NewMessenger(base, token string) *Messenger {
	return &Messenger{http: &http.Client{Timeout: 5 * time.Second}, base: base, token: token}
}

func (m *Messenger) send(ctx context.Context, to, text string) error {
	form := url.Values{"to": {to}, "text": {text}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, m.base+"/messages", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+m.token)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := m.http.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("messaging: %s", resp.Status)
	}
	return nil
}

// RemindArrivals texts tomorrow's arrivals their check-in details. The
// gateway allows five messages a second.
func (m *Messenger) RemindArrivals(ctx context.Context, arrivals []*booking.Stay) {
	for _, s := range arrivals {
		if s.GuestPhone == "" {
			continue
		}
		text := fmt.Sprintf("See you tomorrow! Booking %s, check-in from 3pm.", s.Ref)
		if err := m.send(ctx, s.GuestPhone, text); err != nil {
			log.Printf("messaging: %s: %v", s.Ref, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
