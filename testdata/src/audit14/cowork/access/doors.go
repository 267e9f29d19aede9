// Package access integrates the building systems: door controllers,
// occupancy sensors, the room calendar, the invoice renderer and reminders.
package access

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"audit14/cowork/platform"
)

// Doors provisions key cards on the door-access controller.
type Doors struct {
	base   string
	apiKey string
	http   *http.Client
	policy platform.RetryPolicy
}

// NewDoors returns a door-access client.
func NewDoors(base, apiKey string) *Doors {
	return &Doors{
		base:   base,
		apiKey: apiKey,
		http:   &http.Client{Timeout: 5 * time.Second},
		policy: platform.RetryPolicy{Attempts: 5, Base: time.Second, Max: 20 * time.Second},
	}
}

// Provision grants a member's key card 24/7 access.
func (d *Doors) Provision(ctx context.Context, memberID string) error {
	body, _ := json.Marshal(map[string]any{"holder": memberID, "schedule": "24x7"})
	return platform.Retry(ctx, d.policy, func(ctx context.Context) error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, d.base+"/api/credentials", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("X-Api-Key", d.apiKey)
		resp, err := d.http.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 300 {
			return fmt.Errorf("doors: provision %s: HTTP %d", memberID, resp.StatusCode)
		}
		return nil
	})
}
