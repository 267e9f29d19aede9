package ota

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"time"
)

// Availability mirrors the channel manager's inventory for one room type.
type Availability struct {
	RoomType string `json:"room_type"`
	Free     int    `json:"free"`
	Status   string `json:"status"`
}

// WatchAvailability polls the channel manager's inventory and pushes changes
// to the booking engine's cache for as long as the process runs.
func WatchAvailability(cm string, roomType string, out chan<- Availability) {
	var last Availability
	for {
		resp, err := http.Get(cm + "/inventory/" + roomType)
		if err != nil {
			log.Printf("inventory: %v", err)
			time.Sleep(500 * time.Millisecond)
			continue
		}
		var a Availability
		_ = json.NewDecoder(resp.Body).Decode(&a)
		resp.Body.Close()
		if a != last {
			out <- a
			last = a
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// waitForAllotment waits until the channel manager has pushed the allotment.
func waitForAllotment(ctx context.Context, hc *http.Client, url string) error {
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		resp, err := hc.Do(req)
		if err != nil {
			return err
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK {
			return nil
		}
		time.Sleep(250 * time.Millisecond)
	}
}
