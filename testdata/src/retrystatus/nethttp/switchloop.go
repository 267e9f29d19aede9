package nethttp

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"time"
)

// Retry loops steered by a tagless switch on the attempt's outcome, read
// like the if/else chain they are.

// Every answer but 200 goes round: a refused capture is sent again.
func captureSwitch(ctx context.Context, c *http.Client, body []byte) error {
	for attempt := 0; attempt < 4; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.hilt.example/v1/payments/capture", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", "cap-1")
		resp, err := c.Do(req)
		switch {
		case err != nil:
			time.Sleep(time.Second << attempt)
			continue
		case resp.StatusCode == http.StatusOK:
			resp.Body.Close()
			return nil
		default: // want `every non-2xx status is retried`
			resp.Body.Close()
			time.Sleep(time.Second << attempt)
		}
	}
	return errors.New("capture failed")
}

// Look-alike: only 429 and 5xx go round; any other answer leaves.
func captureSwitchTransient(ctx context.Context, c *http.Client, body []byte) error {
	for attempt := 0; attempt < 4; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.hilt.example/v1/payments/capture", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", "cap-1")
		resp, err := c.Do(req)
		switch {
		case err != nil:
			time.Sleep(time.Second << attempt)
			continue
		case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
			resp.Body.Close()
			time.Sleep(time.Second << attempt)
			continue
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return errors.New("capture refused")
		}
		return nil
	}
	return errors.New("capture failed")
}

// The answer leaves only from the default clause: 4xx go round.
func refundSwitchDefault(ctx context.Context, c *http.Client, body []byte) error {
	for attempt := 0; attempt < 4; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.hilt.example/v1/refunds", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", "ref-1")
		resp, err := c.Do(req)
		switch {
		case err != nil:
			return err
		case resp.StatusCode >= 400: // want `POST /v1/refunds is retried by a for loop \(line \d+\): .*400/404/422`
			resp.Body.Close()
			time.Sleep(time.Second << attempt)
			continue
		default:
			resp.Body.Close()
			return nil
		}
	}
	return errors.New("refund failed")
}

// Look-alike: the same chain sending only 5xx round.
func refundSwitchDefault5xx(ctx context.Context, c *http.Client, body []byte) error {
	for attempt := 0; attempt < 4; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.hilt.example/v1/refunds", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", "ref-1")
		resp, err := c.Do(req)
		switch {
		case err != nil:
			return err
		case resp.StatusCode >= 500:
			resp.Body.Close()
			time.Sleep(time.Second << attempt)
			continue
		default:
			resp.Body.Close()
			return nil
		}
	}
	return errors.New("refund failed")
}

// A network error and every refusal go round; only the default leaves.
func payoutSwitchDefault(ctx context.Context, c *http.Client, body []byte) error {
	for attempt := 0; attempt < 4; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.hilt.example/v1/payouts", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", "po-1")
		resp, err := c.Do(req)
		switch {
		case err != nil:
			time.Sleep(time.Second << attempt)
			continue
		case resp.StatusCode >= 400: // want `POST /v1/payouts is retried by a for loop \(line \d+\): .*400/404/422`
			resp.Body.Close()
			time.Sleep(time.Second << attempt)
			continue
		default:
			resp.Body.Close()
			return nil
		}
	}
	return errors.New("payout failed")
}

// Look-alike: the same chain sending only 5xx round.
func payoutSwitchDefault5xx(ctx context.Context, c *http.Client, body []byte) error {
	for attempt := 0; attempt < 4; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.hilt.example/v1/payouts", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", "po-1")
		resp, err := c.Do(req)
		switch {
		case err != nil:
			time.Sleep(time.Second << attempt)
			continue
		case resp.StatusCode >= 500:
			resp.Body.Close()
			time.Sleep(time.Second << attempt)
			continue
		default:
			resp.Body.Close()
			return nil
		}
	}
	return errors.New("payout failed")
}
