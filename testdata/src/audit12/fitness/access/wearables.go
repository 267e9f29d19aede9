package access

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Workout is one workout synced from a member's wearable.
type Workout struct {
	ID       string    `json:"id"`
	Started  time.Time `json:"started"`
	Minutes  int       `json:"minutes"`
	Calories int       `json:"calories"`
}

type workoutPage struct {
	Items []Workout `json:"items"`
	Next  string    `json:"next"`
}

// WearableSync pulls workouts from the wearable vendor and pushes them to
// the member app's activity feed.
type WearableSync struct {
	VendorURL string
	FeedURL   string
	HC        *http.Client
}

func (s *WearableSync) Sync(ctx context.Context, memberID, token string) (int, error) {
	cursor := ""
	n := 0
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, s.VendorURL+"/v3/workouts?cursor="+cursor, nil)
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := s.HC.Do(req)
		if err != nil {
			return n, err
		}
		var page workoutPage
		err = json.NewDecoder(resp.Body).Decode(&page)
		resp.Body.Close()
		if err != nil {
			return n, err
		}
		for _, w := range page.Items {
			if err := s.publish(ctx, memberID, w); err != nil {
				return n, err
			}
			n++
		}
		if page.Next == "" {
			return n, nil
		}
		cursor = page.Next
		time.Sleep(200 * time.Millisecond)
	}
}

func (s *WearableSync) publish(ctx context.Context, memberID string, w Workout) error {
	b, _ := json.Marshal(map[string]any{"member": memberID, "workout": w})
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, s.FeedURL+"/activities", bytes.NewReader(b))
		req.Header.Set("Idempotency-Key", fmt.Sprintf("%s-%d", w.ID, time.Now().UnixNano()))
		resp, err := s.HC.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 300 {
				return nil
			}
		}
		time.Sleep(300 * time.Millisecond)
	}
	return fmt.Errorf("feed: could not publish workout %s", w.ID)
}
