// Package telecare wraps the clinical side services: video rooms, lab
// results, the EHR and patient reminders.
package telecare

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// Room is a provisioned video room.
type Room struct {
	ID      string `json:"id"`
	JoinURL string `json:"join_url"`
}

// Video provisions rooms with the video vendor.
type Video struct {
	base string
	hc   *http.Client
}

// NewVideo returns a video client.
func NewVideo(base string) *Video {
	return &Video{base: base, hc: &http.Client{Timeout: 5 * time.Second}}
}

// ProvisionRoom creates the room for an appointment. Rooms are cheap and
// unused ones expire on their own, so a failed attempt is simply retried.
func (v *Video) ProvisionRoom(ctx context.Context, appointmentID string, startsAt time.Time) (*Room, error) {
	body, _ := json.Marshal(map[string]any{
		"name":       "appt-" + appointmentID,
		"not_before": startsAt.Add(-10 * time.Minute).Unix(),
		"expires":    startsAt.Add(2 * time.Hour).Unix(),
	})
	var lastStatus int
	for attempt := 0; attempt < 5; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, v.base+"/v1/rooms", bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Request-Id", uuid.NewString())
		resp, err := v.hc.Do(req)
		if err == nil {
			if resp.StatusCode == http.StatusCreated {
				var room Room
				err = json.NewDecoder(resp.Body).Decode(&room)
				resp.Body.Close()
				return &room, err
			}
			lastStatus = resp.StatusCode
			resp.Body.Close()
		}
		time.Sleep(100 * time.Millisecond)
	}
	return nil, fmt.Errorf("video: room for %s not created (last status %d)", appointmentID, lastStatus)
}
