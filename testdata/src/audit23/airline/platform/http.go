package platform

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// Request describes one JSON call to a partner API.
type Request struct {
	Method string
	URL    string
	Token  string
	Key    string // sent as Idempotency-Key when set
	Body   any
}

// Response is the decoded answer of Send.
type Response struct {
	Status int
	Body   []byte
}

// Send performs r, trying again a few times when the partner does not
// answer with success.
func Send(ctx context.Context, hc *http.Client, r Request) (*Response, error) {
	payload, err := json.Marshal(r.Body)
	if err != nil {
		return nil, err
	}
	wait := 2 * time.Second
	var last error
	for attempt := 0; attempt < 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, r.Method, r.URL, bytes.NewReader(payload))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Content-Type", "application/json")
		if r.Token != "" {
			req.Header.Set("Authorization", "Bearer "+r.Token)
		}
		if r.Key != "" {
			req.Header.Set("Idempotency-Key", r.Key)
		}
		resp, err := hc.Do(req)
		if err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode >= 200 && resp.StatusCode < 300 {
				return &Response{Status: resp.StatusCode, Body: body}, nil
			}
			last = fmt.Errorf("%s %s: %d %s", r.Method, r.URL, resp.StatusCode, body)
		} else {
			last = err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return nil, last
}

// HMACGuard returns middleware that rejects requests whose X-Signature is
// not the hex HMAC-SHA256 of the body under secret.
func HMACGuard(secret string) func(http.Handler) http.Handler {
	if secret == "" {
		panic("platform: HMACGuard needs a secret")
	}
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
			if err != nil {
				http.Error(w, "bad body", http.StatusBadRequest)
				return
			}
			mac := hmac.New(sha256.New, []byte(secret))
			mac.Write(body)
			want := hex.EncodeToString(mac.Sum(nil))
			if !hmac.Equal([]byte(want), []byte(r.Header.Get("X-Signature"))) {
				http.Error(w, "bad signature", http.StatusUnauthorized)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}
