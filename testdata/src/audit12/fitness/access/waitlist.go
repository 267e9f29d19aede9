package access

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"
)

// ErrNoSeat is returned when no seat opened up before the class started.
var ErrNoSeat = errors.New("no seat freed up")

// Waitlist follows a member's place on a class waitlist in the booking
// service.
type Waitlist struct {
	BookingURL string
	HC         *http.Client
}

type waitlistEntry struct {
	Status   string `json:"status"` // waiting, offered, booked, expired
	Position int    `json:"position"`
}

// WaitForSeat is used by the kiosk while a member stands at the studio
// door: it polls the waitlist entry until a seat is offered.
func (wl *Waitlist) WaitForSeat(ctx context.Context, classID, memberID string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, wl.BookingURL+"/classes/"+classID+"/waitlist/"+memberID, nil)
		resp, err := wl.HC.Do(req)
		if err != nil {
			if ctx.Err() != nil {
				return "", ErrNoSeat
			}
			continue
		}
		var e waitlistEntry
		err = json.NewDecoder(resp.Body).Decode(&e)
		resp.Body.Close()
		if err == nil && (e.Status == "offered" || e.Status == "booked") {
			return e.Status, nil
		}
		if e.Status == "expired" {
			return "", ErrNoSeat
		}
		select {
		case <-ctx.Done():
			return "", ErrNoSeat
		case <-time.After(500 * time.Millisecond):
		}
	}
}
