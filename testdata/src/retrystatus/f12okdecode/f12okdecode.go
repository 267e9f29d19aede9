// Package f12okdecode: a retry whose success branch decodes the answer
// (if err := json.Unmarshal(…); err != nil { return … }) still has its
// failures judged: a loop whose only exit is a 201, and a backoff v5
// operation returning a plain error for every other status, send a 400 or
// a 422 round again. Look-alikes retrying only 429/5xx stay silent.
package f12okdecode

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"time"

	backoffv4 "github.com/cenkalti/backoff/v4"
	"github.com/cenkalti/backoff/v5"
)

type Refund struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

type Refunds struct {
	http *http.Client
	base string
}

func (r *Refunds) newReq(ctx context.Context, path string, body []byte, key string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, r.base+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", key)
	return req, nil
}

// Refund: a counted loop left only through a 201 whose body is decoded;
// a 400 (bad amount) or a 422 (already refunded) waits and goes round.
func (r *Refunds) Refund(ctx context.Context, chargeID string, cents int64) (*Refund, error) {
	body, _ := json.Marshal(map[string]any{"charge": chargeID, "amount": cents})
	var last error
	for try := 1; try <= 5; try++ {
		req, err := r.newReq(ctx, "/v2/refunds", body, "refund-"+chargeID)
		if err != nil {
			return nil, err
		}
		resp, err := r.http.Do(req)
		if err != nil {
			last = err
			time.Sleep(time.Duration(try) * time.Second)
			continue
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode == http.StatusCreated { // want `POST /v2/refunds is retried by a for loop \(line 46\): every non-2xx status is retried`
			out := new(Refund)
			if err := json.Unmarshal(raw, out); err != nil {
				return nil, fmt.Errorf("refund %s: decode: %w", chargeID, err)
			}
			return out, nil
		}
		last = fmt.Errorf("refund %s: %s", chargeID, resp.Status)
		time.Sleep(time.Duration(try) * time.Second)
	}
	return nil, last
}

// Capture (backoff v4, with a notify hook): every status but 200 is a plain error; only a
// body that does not decode is permanent.
func (r *Refunds) Capture(ctx context.Context, authID string) (*Refund, error) {
	return backoffv4.RetryNotifyWithData(func() (*Refund, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, r.base+"/v1/payments/"+authID+"/capture", bytes.NewReader([]byte(`{"authorization":"`+authID+`"}`)))
		if err != nil {
			return nil, backoffv4.Permanent(err)
		}
		req.Header.Set("Idempotency-Key", "cap-"+authID)
		resp, err := r.http.Do(req)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK { // want `POST /v1/payments/{}/capture is retried by backoff.RetryNotifyWithData \(line 75\): every non-2xx status is retried`
			return nil, fmt.Errorf("capture %s: %d", authID, resp.StatusCode)
		}
		var c Refund
		if err := json.NewDecoder(resp.Body).Decode(&c); err != nil {
			return nil, backoffv4.Permanent(err)
		}
		return &c, nil
	}, backoffv4.WithMaxRetries(backoffv4.NewExponentialBackOff(), 4), func(err error, d time.Duration) {
		log.Printf("capture %s: %v, again in %s", authID, err, d)
	})
}

// ---- look-alikes that stay silent ----

// RefundTransient: the same loop, but a status other than 429/5xx leaves
// it with an error.
func (r *Refunds) RefundTransient(ctx context.Context, chargeID string, cents int64) (*Refund, error) {
	body, _ := json.Marshal(map[string]any{"charge": chargeID, "amount": cents})
	var last error
	for try := 1; try <= 5; try++ {
		req, err := r.newReq(ctx, "/v2/refunds", body, "refund-"+chargeID)
		if err != nil {
			return nil, err
		}
		resp, err := r.http.Do(req)
		if err != nil {
			last = err
			time.Sleep(time.Duration(try) * time.Second)
			continue
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode == http.StatusCreated {
			out := new(Refund)
			if err := json.Unmarshal(raw, out); err != nil {
				return nil, fmt.Errorf("refund %s: decode: %w", chargeID, err)
			}
			return out, nil
		}
		if resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode < 500 {
			return nil, fmt.Errorf("refund %s refused: %s", chargeID, resp.Status)
		}
		last = fmt.Errorf("refund %s: %s", chargeID, resp.Status)
		time.Sleep(time.Duration(try) * time.Second)
	}
	return nil, last
}

// CaptureTransient (backoff v5): a status below 500 but 429 is permanent.
func (r *Refunds) CaptureTransient(ctx context.Context, authID string) (*Refund, error) {
	return backoff.Retry(ctx, func() (*Refund, error) {
		req, err := r.newReq(ctx, "/v1/payments/"+authID+"/capture", []byte(`{"authorization":"`+authID+`"}`), "cap-"+authID)
		if err != nil {
			return nil, backoff.Permanent(err)
		}
		resp, err := r.http.Do(req)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			err := fmt.Errorf("capture %s: %d", authID, resp.StatusCode)
			if resp.StatusCode < 500 && resp.StatusCode != http.StatusTooManyRequests {
				return nil, backoff.Permanent(err)
			}
			return nil, err
		}
		var c Refund
		if err := json.NewDecoder(resp.Body).Decode(&c); err != nil {
			return nil, backoff.Permanent(err)
		}
		return &c, nil
	}, backoff.WithBackOff(backoff.NewExponentialBackOff()), backoff.WithMaxTries(4))
}

// Unread: a test of something the walk cannot read reached by failures
// too (a decode of every answer before its status is looked at) keeps the
// construct unjudged.
func (r *Refunds) Unread(ctx context.Context, chargeID string) (*Refund, error) {
	for try := 1; try <= 3; try++ {
		req, err := r.newReq(ctx, "/v2/refunds", nil, "refund-"+chargeID)
		if err != nil {
			return nil, err
		}
		resp, err := r.http.Do(req)
		if err != nil {
			continue
		}
		var out Refund
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
			resp.Body.Close()
			return nil, err
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusCreated {
			return &out, nil
		}
	}
	return nil, fmt.Errorf("refund %s: gave up", chargeID)
}
