// Package recursion: a payment write retried by the function calling
// itself after an error.
package recursion

import (
	"bytes"
	"context"
	"net/http"
	"time"
)

const base = "https://api.keystone.example/v1"

func chargeWithRetry(ctx context.Context, c *http.Client, body []byte, attempt int) error {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/settlements", bytes.NewReader(body))
	resp, err := c.Do(req) // want `POST /v1/settlements is retried by recursion in chargeWithRetry \(line 14\) without an idempotency key`
	if err != nil {
		if attempt < 3 {
			time.Sleep(time.Second)
			return chargeWithRetry(ctx, c, body, attempt+1)
		}
		return err
	}
	return resp.Body.Close()
}

// Silent: the key is a parameter passed on unchanged.
func chargeWithKey(ctx context.Context, c *http.Client, body []byte, key string, attempt int) error {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/settlements", bytes.NewReader(body))
	req.Header.Set("Idempotency-Key", key)
	resp, err := c.Do(req)
	if err != nil {
		if attempt < 3 {
			return chargeWithKey(ctx, c, body, key, attempt+1)
		}
		return err
	}
	return resp.Body.Close()
}
