// Package notify sends OTPs and trip updates by SMS, and asks the maps
// provider for ETAs. Nothing here moves money.
package notify

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

type SMS struct {
	HC     *http.Client
	APIKey string
	User   string
}

func (s *SMS) send(ctx context.Context, to, msg string) error {
	form := url.Values{"username": {s.User}, "to": {to}, "message": {msg}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.africastalking.com/version1/messaging", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.Header.Set("apiKey", s.APIKey)
	resp, err := s.HC.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return fmt.Errorf("sms: HTTP %d", resp.StatusCode)
	}
	return nil
}

// SendOTP must get through: the rider is staring at the login screen.
func (s *SMS) SendOTP(ctx context.Context, to, code string) error {
	for {
		if err := s.send(ctx, to, "Your code is "+code); err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
}

type Maps struct {
	HC  *http.Client
	Key string
}

// ETA asks the distance matrix API for a driving time; retried quickly on
// any non-200 because the app shows a spinner meanwhile.
func (m *Maps) ETA(ctx context.Context, from, to string) (time.Duration, error) {
	u := "https://maps.googleapis.com/maps/api/distancematrix/json?origins=" + url.QueryEscape(from) +
		"&destinations=" + url.QueryEscape(to) + "&key=" + m.Key
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
		resp, err := m.HC.Do(req)
		if err != nil {
			time.Sleep(100 * time.Millisecond)
			continue
		}
		if resp.StatusCode != http.StatusOK {
			resp.Body.Close()
			time.Sleep(100 * time.Millisecond)
			continue
		}
		var out struct {
			Rows []struct {
				Elements []struct {
					Duration struct{ Value int } `json:"duration"`
				} `json:"elements"`
			} `json:"rows"`
		}
		err = json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		if err == nil && len(out.Rows) > 0 && len(out.Rows[0].Elements) > 0 {
			return time.Duration(out.Rows[0].Elements[0].Duration.Value) * time.Second, nil
		}
	}
	return 0, fmt.Errorf("eta unavailable")
}
