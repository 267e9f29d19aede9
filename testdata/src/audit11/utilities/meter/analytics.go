package meter

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Usage forwards usage events (high-usage alerts, comparisons) to the
// analytics platform.
type Usage struct {
	eventURL string
	hc       *http.Client
}

func NewUsage(eventURL string) *Usage {
	return &Usage{eventURL: eventURL, hc: &http.Client{Timeout: 5 * time.Second}}
}

// Track posts a usage event; a lost event is not worth more than one more try.
func (u *Usage) Track(ctx context.Context, event string, props map[string]any) error {
	body, err := json.Marshal(map[string]any{"event": event, "properties": props, "ts": time.Now().Unix()})
	if err != nil {
		return err
	}
	for attempt := 0; attempt < 2; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.eventURL+"/v1/track", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/json")
		resp, err := u.hc.Do(req)
		if err != nil {
			continue
		}
		resp.Body.Close()
		if resp.StatusCode < 300 {
			return nil
		}
	}
	return fmt.Errorf("analytics: event %s dropped", event)
}
