// Package dispatch follows drivers and restaurant orders for the live map.
package dispatch

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type Location struct {
	Lat, Lng float64
	Status   string // en_route, arrived, offline
}

type Tracker struct {
	HC       *http.Client
	FleetAPI string // our own fleet service
	POSAPI   string // the restaurant partner's POS integration
	Push     func(loc Location)
}

func (t *Tracker) get(ctx context.Context, url string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := t.HC.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %d", url, resp.StatusCode)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// FollowDriver streams the driver's position to the rider's map twice a
// second until the driver arrives or the rider closes the screen.
func (t *Tracker) FollowDriver(ctx context.Context, driverID string) error {
	for {
		var loc Location
		if err := t.get(ctx, t.FleetAPI+"/v1/drivers/"+driverID+"/location", &loc); err == nil {
			t.Push(loc)
			if loc.Status == "arrived" {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}

type KitchenOrder struct {
	ID     string `json:"id"`
	Status string `json:"status"` // received, preparing, ready, picked_up, cancelled
}

// WaitKitchen tells the rider app when the food is ready for pick-up. The
// POS has no webhooks, so we ask every second.
func (t *Tracker) WaitKitchen(ctx context.Context, posOrderID string) (*KitchenOrder, error) {
	ctx, cancel := context.WithTimeout(ctx, 90*time.Minute)
	defer cancel()
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-tick.C:
		}
		var o KitchenOrder
		if err := t.get(ctx, t.POSAPI+"/v1/orders/"+posOrderID, &o); err != nil {
			continue
		}
		if o.Status == "ready" || o.Status == "cancelled" {
			return &o, nil
		}
	}
}
