// Package reminders texts patients the day before their appointment.
package reminders

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

type SMS struct {
	AccountSID string
	Token      string
	From       string
	client     *http.Client
}

func NewSMS(sid, token, from string) *SMS {
	return &SMS{AccountSID: sid, Token: token, From: from, client: &http.Client{Timeout: 5 * time.Second}}
}

// Send posts the message; the SMS gateway is flaky, a missed reminder costs
// a slot, and a duplicate text is harmless.
func (s *SMS) Send(ctx context.Context, to, body string) error {
	form := url.Values{"To": {to}, "From": {s.From}, "Body": {body}}
	var last int
	for i := 0; i < 4; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost,
			"https://sms.example.com/2010-04-01/Accounts/"+s.AccountSID+"/Messages.json",
			strings.NewReader(form.Encode()))
		req.SetBasicAuth(s.AccountSID, s.Token)
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		resp, err := s.client.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusCreated {
				return nil
			}
			last = resp.StatusCode
		}
		time.Sleep(250 * time.Millisecond)
	}
	return fmt.Errorf("sms to %s: gave up (last status %d)", to, last)
}

// Remind texts every patient booked for tomorrow.
func Remind(ctx context.Context, s *SMS, phones map[string]string) {
	for apptID, phone := range phones {
		_ = s.Send(ctx, phone, "Reminder: your appointment "+apptID+" is tomorrow. Reply C to cancel.")
	}
}
