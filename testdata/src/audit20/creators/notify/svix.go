package notify

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	retry "github.com/avast/retry-go/v4"

	"audit20/creators/platform"
)

// Fanout posts events to creators' Svix apps; Svix delivers them to the
// endpoints each creator configured.
type Fanout struct {
	base  string
	token string
	hc    *http.Client
}

// FanoutOption configures a Fanout.
type FanoutOption func(*Fanout)

// WithSvixBase points the client at another Svix region.
func WithSvixBase(u string) FanoutOption { return func(f *Fanout) { f.base = u } }

// NewFanout builds a Fanout.
func NewFanout(token string, opts ...FanoutOption) *Fanout {
	f := &Fanout{base: "https://api.eu.svix.com", token: token, hc: platform.HTTPClient()}
	for _, o := range opts {
		o(f)
	}
	return f
}

type svixMessage struct {
	EventType string          `json:"eventType"`
	Payload   json.RawMessage `json:"payload"`
}

// Notify sends one event to the creator's app. eventID is sent as the
// idempotency key, so Svix drops a second copy of the same event.
func (f *Fanout) Notify(ctx context.Context, creatorID, eventType, eventID string, payload any) error {
	raw, err := json.Marshal(payload)
	if err != nil {
		return err
	}
	body, _ := json.Marshal(svixMessage{EventType: eventType, Payload: raw})
	url := fmt.Sprintf("%s/api/v1/app/%s/msg/", f.base, creatorID)
	return retry.Do(func() error { // audit: lookalike idempotency: a retried POST of a Svix message (a notification to a creator's integration, not a payment), and its idempotency-key is the same event-derived value on every attempt
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
		if err != nil {
			return retry.Unrecoverable(err)
		}
		req.Header.Set("Authorization", "Bearer "+f.token)
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("idempotency-key", eventType+":"+eventID)
		resp, err := f.hc.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 300 {
			serr := platform.ReadError("svix message", resp)
			if platform.Transient(resp.StatusCode) {
				return serr
			}
			return retry.Unrecoverable(serr)
		}
		return nil
	}, retry.Attempts(4), retry.Delay(500*time.Millisecond), retry.Context(ctx))
}
