package channel

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// RatePlanUpdate is a nightly price pushed to the channel manager.
type RatePlanUpdate struct {
	RatePlan string `json:"rate_plan"`
	RoomType string `json:"room_type"`
	Date     string `json:"date"`
	Amount   int64  `json:"amount"`
	Currency string `json:"currency"`
}

// RatePusher pushes prices; a price push is a PUT-like upsert on the channel
// manager, so repeating it is harmless.
type RatePusher struct {
	URL  string
	HTTP *http.Client
}

// Push sends one price, retrying while the channel manager is busy.
func (p *RatePusher) Push(ctx context.Context, u RatePlanUpdate) error {
	body, _ := json.Marshal(u)
	var last error
	for attempt := 0; attempt < 4; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, p.URL+"/rateplans/prices", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		resp, err := p.HTTP.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 300 {
				return nil
			}
			err = fmt.Errorf("channel manager: %s", resp.Status)
		}
		last = err
		time.Sleep(300 * time.Millisecond)
	}
	return last
}
