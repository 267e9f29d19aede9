package ops

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Encoder drives the keycard encoder at the front desk.
type Encoder struct {
	http *http.Client
	url  string
}

// NewEncoder returns a client for the encoder's local API.
func NewEncoder(url string) *Encoder {
	return &Encoder{http: &http.Client{Timeout: 3 * time.Second}, url: url}
}

// Encode writes a key for room valid until checkout. The encoder is
// often busy with the previous card, so a few quick tries are normal.
func (e *Encoder) Encode(ctx context.Context, room string, until time.Time) error {
	body, _ := json.Marshal(map[string]any{"room": room, "valid_until": until.Unix(), "copies": 1})
	for attempt := 0; attempt < 5; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, e.url+"/encode", bytes.NewReader(body))
		if err != nil {
			return err
		}
		resp, err := e.http.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(300 * time.Millisecond)
	}
	return fmt.Errorf("keycard: encoder did not accept room %s", room)
}
