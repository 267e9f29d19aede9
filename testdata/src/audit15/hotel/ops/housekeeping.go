package ops

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// RoomStatus is what the housekeeping tablets report for a room.
type RoomStatus struct {
	Room   string `json:"room"`
	Status string `json:"status"` // dirty, cleaning, inspected, out_of_order
}

// Housekeeping follows the housekeeping system so the front desk can
// hand over a key the moment a room is inspected.
type Housekeeping struct {
	http *http.Client
	base string
}

// NewHousekeeping returns a client for the housekeeping system.
func NewHousekeeping(base string) *Housekeeping {
	return &Housekeeping{http: &http.Client{Timeout: 5 * time.Second}, base: base}
}

// WatchRoom calls ready once the room is inspected; the front desk
// screen cancels ctx when the clerk closes the panel.
func (h *Housekeeping) WatchRoom(ctx context.Context, room string, ready func(RoomStatus)) error {
	t := time.NewTicker(500 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, h.base+"/rooms/"+room+"/status", nil)
		resp, err := h.http.Do(req)
		if err != nil {
			continue
		}
		var st RoomStatus
		err = json.NewDecoder(resp.Body).Decode(&st)
		resp.Body.Close()
		if err == nil && st.Status == "inspected" {
			ready(st)
			return nil
		}
	}
}
