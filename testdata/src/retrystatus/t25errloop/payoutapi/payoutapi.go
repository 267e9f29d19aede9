// Package payoutapi is a clinic's hand-written client for its bank's
// disbursement API: it re-sends a disbursement itself on any failure.
package payoutapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"
)

// Client sends disbursements.
type Client struct {
	base  string
	token string
	hc    *http.Client
}

// New returns a client.
func New(base, token string) *Client {
	return &Client{base: base, token: token, hc: &http.Client{Timeout: 10 * time.Second}}
}

// Disbursement is the bank's answer.
type Disbursement struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// Disburse pays a doctor; every answer but a 2xx ends in an error once
// its own attempts are spent.
func (c *Client) Disburse(ctx context.Context, doctor string, cents int64, key string) error {
	body, err := json.Marshal(map[string]any{"beneficiary": doctor, "amount": cents})
	if err != nil {
		return err
	}
	var failure error
	for try := 0; try < 3; try++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v2/disbursements", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Authorization", "Bearer "+c.token)
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.hc.Do(req)
		if err != nil {
			failure = err
		} else {
			resp.Body.Close()
			if resp.StatusCode/100 == 2 { // want `POST /v2/disbursements is retried by a for loop \(line 41\): every non-2xx status is retried`
				return nil
			}
			failure = fmt.Errorf("disbursement answered %d", resp.StatusCode)
		}
		time.Sleep(time.Duration(try+1) * time.Second)
	}
	if failure == nil {
		failure = errors.New("disbursement not sent")
	}
	return failure
}

// Lenient forgives a 404 (the beneficiary closed): it returns no error
// for it, so nothing above retries it.
type Lenient struct{ c *Client }

// NewLenient returns the lenient client.
func NewLenient(base, token string) *Lenient { return &Lenient{c: New(base, token)} }

// Disburse pays a doctor, a 404 forgiven.
func (l *Lenient) Disburse(ctx context.Context, doctor string, cents int64, key string) error {
	body, _ := json.Marshal(map[string]any{"beneficiary": doctor, "amount": cents})
	var failure error
	for try := 0; try < 3; try++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, l.c.base+"/v2/disbursements", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", key)
		resp, err := l.c.hc.Do(req)
		if err != nil {
			failure = err
			continue
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusNotFound {
			return nil
		}
		if resp.StatusCode >= 200 && resp.StatusCode < 300 { // want `POST /v2/disbursements is retried by a for loop \(line 77\): statuses 400/401/403/410/422 are retried`
			return nil
		}
		failure = fmt.Errorf("disbursement answered %d", resp.StatusCode)
	}
	return failure
}

// Classified reports refusals as its own error type through a method
// the model does not read.
type Classified struct{ c *Client }

// NewClassified returns the classifying client.
func NewClassified(base, token string) *Classified { return &Classified{c: New(base, token)} }

func (k *Classified) classify(code int) error { return fmt.Errorf("status %d", code) }

// Disburse pays a doctor.
func (k *Classified) Disburse(ctx context.Context, doctor string, cents int64, key string) error {
	for try := 0; try < 3; try++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, k.c.base+"/v2/disbursements", nil)
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", key)
		resp, err := k.c.hc.Do(req)
		if err != nil {
			continue
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK {
			return nil
		}
		if resp.StatusCode < 500 {
			return k.classify(resp.StatusCode)
		}
	}
	return errors.New("disbursement not sent")
}
