package access

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"

	"audit14/cowork/store"
)

// Calendar mirrors room bookings into the shared room calendar.
type Calendar struct {
	base  string
	token string
	http  *http.Client
}

// NewCalendar returns a calendar client.
func NewCalendar(base, token string) *Calendar {
	return &Calendar{base: base, token: token, http: &http.Client{Timeout: 10 * time.Second}}
}

// AddBooking creates the calendar event of a confirmed booking.
func (c *Calendar) AddBooking(ctx context.Context, b *store.Booking) error {
	ev := map[string]any{
		"calendar": b.SpaceID,
		"start":    b.StartsAt.Format(time.RFC3339),
		"end":      b.EndsAt.Format(time.RFC3339),
		"title":    "Booked (" + b.Kind + ")",
		"ref":      b.ID,
	}
	payload, _ := json.Marshal(ev)
	var lastStatus int
	for attempt := 0; attempt < 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v3/events", bytes.NewReader(payload))
		if err != nil {
			return err
		}
		req.Header.Set("Authorization", "Bearer "+c.token)
		req.Header.Set("Idempotency-Key", uuid.NewString())
		resp, err := c.http.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 300 {
				return nil
			}
			lastStatus = resp.StatusCode
		}
		time.Sleep(time.Duration(attempt+1) * 500 * time.Millisecond)
	}
	return fmt.Errorf("calendar: event for booking %s not created (last status %d)", b.ID, lastStatus)
}
