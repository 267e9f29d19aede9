// Package social talks to our own game services: leaderboards,
// matchmaking and push notifications.
package social

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// Push sends mobile push notifications through the push gateway.
type Push struct {
	URL  string
	HTTP *http.Client
}

// Send posts one notification; failures are logged by the gateway.
func (p *Push) Send(ctx context.Context, playerID, text string) error {
	body, _ := json.Marshal(map[string]string{"player": playerID, "text": text})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.URL+"/v1/push", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// NewPush builds the push client.
func NewPush(url string) *Push {
	return &Push{URL: url, HTTP: &http.Client{Timeout: 5 * time.Second}}
}
