// Package ops has the hotel's background jobs and the clients of the
// non-payment systems around a stay: the channel manager, housekeeping,
// keycard encoders, invoices and guest messaging.
package ops

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"audit15/hotel/platform"
)

// ChannelManager pushes room availability to the OTAs through the
// channel manager's API.
type ChannelManager struct {
	http   *http.Client
	base   string
	secret []byte
	inv    Inventory
}

// Inventory reads free rooms per room type for the coming days.
type Inventory interface {
	FreeRooms(ctx context.Context, propertyID string, days int) (map[string][]int, error)
}

// NewChannelManager returns a client for the channel manager at base.
func NewChannelManager(base string, secret []byte, inv Inventory) *ChannelManager {
	return &ChannelManager{http: &http.Client{Timeout: 10 * time.Second}, base: base, secret: secret, inv: inv}
}

// PushAvailability sends the next 365 days of availability for a
// property. The push is a full replace, so repeating it is safe.
func (c *ChannelManager) PushAvailability(ctx context.Context, propertyID string) error {
	free, err := c.inv.FreeRooms(ctx, propertyID, 365)
	if err != nil {
		return err
	}
	body, err := json.Marshal(map[string]any{"property": propertyID, "availability": free})
	if err != nil {
		return err
	}
	wait := time.Second
	for attempt := 0; attempt < 5; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPut, c.base+"/v2/properties/"+propertyID+"/availability", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Signature", platform.Sign(c.secret, body))
		resp, err := c.http.Do(req)
		if err == nil {
			resp.Body.Close()
			switch {
			case resp.StatusCode < 300:
				return nil
			case resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode < 500:
				return fmt.Errorf("channel manager: %s", resp.Status)
			}
		}
		time.Sleep(wait)
		wait *= 2
	}
	return fmt.Errorf("channel manager: availability for %s not accepted", propertyID)
}
