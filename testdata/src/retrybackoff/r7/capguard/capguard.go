// Package capguard: loops with no bound in their header whose only way
// round is a continue under an attempt cap — a cap all the same.
package capguard

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"time"
)

const gw = "https://pay.tally.example/api"

func send(ctx context.Context, hc *http.Client, body []byte) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, gw+"/payments", bytes.NewReader(body))
	req.Header.Set("Idempotency-Key", "p-7")
	return hc.Do(req)
}

// --- silent ---

// Pay goes round only while attempt < 3; every other path returns.
func Pay(ctx context.Context, hc *http.Client, body []byte) (*http.Response, error) {
	wait := time.Second
	for attempt := 0; ; attempt++ {
		resp, err := send(ctx, hc, body)
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		if err != nil || resp.StatusCode >= 500 {
			if attempt < 3 {
				time.Sleep(wait)
				wait *= 2
				continue
			}
		}
		return nil, errors.New("tally: payment failed")
	}
}

// PayCounted counts its failures itself and leaves past the cap.
func PayCounted(ctx context.Context, hc *http.Client, body []byte) (*http.Response, error) {
	failures := 0
	for {
		resp, err := send(ctx, hc, body)
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		failures++
		if failures <= 4 {
			time.Sleep(time.Duration(failures) * 2 * time.Second)
			continue
		}
		return nil, errors.New("tally: payment failed")
	}
}

// --- flagged ---

// PayForever also goes round by falling off the end of the body, with no
// cap on that way.
func PayForever(ctx context.Context, hc *http.Client, body []byte) (*http.Response, error) {
	wait := time.Second
	for attempt := 0; ; attempt++ {
		resp, err := send(ctx, hc, body) // want `capguard.send \(POST /api/payments\) is retried by a for loop \(line \d+\) with no attempt cap and no deadline`
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		if resp != nil && resp.StatusCode == http.StatusServiceUnavailable {
			if attempt < 3 {
				time.Sleep(wait)
				continue
			}
		}
		time.Sleep(wait)
		wait *= 2
	}
}

// PayLateCount counts only after the way round: the counter never moves
// on a failure that goes round.
func PayLateCount(ctx context.Context, hc *http.Client, body []byte) (*http.Response, error) {
	failures := 0
	for {
		resp, err := send(ctx, hc, body) // want `capguard.send \(POST /api/payments\) is retried by a for loop \(line \d+\) with no attempt cap and no deadline`
		if err != nil {
			if failures < 3 {
				time.Sleep(2 * time.Second)
				continue
			}
		}
		failures++
		return resp, err
	}
}

// PayReset puts its counter back on a 503: the cap never comes.
func PayReset(ctx context.Context, hc *http.Client, body []byte) (*http.Response, error) {
	for attempt := 0; ; attempt++ {
		resp, err := send(ctx, hc, body) // want `capguard.send \(POST /api/payments\) is retried by a for loop \(line \d+\) with no attempt cap and no deadline`
		if err == nil && resp.StatusCode == http.StatusServiceUnavailable {
			attempt = 0
		}
		if err != nil || resp.StatusCode >= 500 {
			if attempt < 3 {
				time.Sleep(2 * time.Second)
				continue
			}
		}
		return resp, err
	}
}
