// Package upstream calls the language model vendor's HTTP API, retrying
// with a pause as vendor SDKs do.
package upstream

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// Prompt is the client's completion request.
type Prompt struct {
	Model  string `json:"model"`
	Text   string `json:"prompt"`
	Stream bool   `json:"stream"`
}

type Reply struct {
	Text   string `json:"text"`
	Tokens int64  `json:"tokens"`
}

type Client struct {
	HTTP *http.Client
	URL  string
}

func (u *Client) Complete(ctx context.Context, p Prompt) (*Reply, error) {
	body, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.URL, bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		resp, err := u.HTTP.Do(req)
		if err == nil {
			defer resp.Body.Close()
			var out Reply
			return &out, json.NewDecoder(resp.Body).Decode(&out)
		}
		lastErr = err
		time.Sleep(time.Duration(attempt+1) * 500 * time.Millisecond)
	}
	return nil, lastErr
}
