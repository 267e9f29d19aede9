// Package bodyref: a request body with a reference field the caller
// fills with a stable id. When the request helper stamps its own new
// Idempotency-Key header, that header is the key the provider dedupes on,
// not the body's reference: retried per attempt, it is reported. A helper
// setting no key header leaves the body's reference as the key: silent.
package bodyref

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/google/uuid"
)

type Disbursement struct {
	Account   string `json:"account"`
	Amount    int64  `json:"amount"`
	Reference string `json:"reference"`
}

type Rail struct {
	base string
	hc   *http.Client
}

func (r *Rail) request(ctx context.Context, method, path string, body any) (*http.Request, error) {
	b, _ := json.Marshal(body)
	req, err := http.NewRequestWithContext(ctx, method, r.base+path, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", uuid.NewString())
	return req, nil
}

func (r *Rail) send(ctx context.Context, method, path string, body any) error {
	var err error
	for i := 0; i < 5; i++ {
		req, rerr := r.request(ctx, method, path, body)
		if rerr != nil {
			return rerr
		}
		resp, derr := r.hc.Do(req) // want `POST /disbursements \(sent for bodyref.Rail.Disburse\) is retried by a for loop \(line 41\) but request makes a new idempotency key on every call`
		if derr == nil {
			resp.Body.Close()
			if resp.StatusCode < 500 {
				return nil
			}
		}
		err = derr
		time.Sleep(2 * time.Second)
	}
	return err
}

func (r *Rail) Disburse(ctx context.Context, d Disbursement) error {
	return r.send(ctx, http.MethodPost, "/disbursements", d)
}

// Plain sets no key header: the body's reference is the key.
type Plain struct {
	base string
	hc   *http.Client
}

func (p *Plain) request(ctx context.Context, method, path string, body any) (*http.Request, error) {
	b, _ := json.Marshal(body)
	req, err := http.NewRequestWithContext(ctx, method, p.base+path, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

func (p *Plain) send(ctx context.Context, method, path string, body any) error {
	var err error
	for i := 0; i < 5; i++ {
		req, rerr := p.request(ctx, method, path, body)
		if rerr != nil {
			return rerr
		}
		resp, derr := p.hc.Do(req)
		if derr == nil {
			resp.Body.Close()
			if resp.StatusCode < 500 {
				return nil
			}
		}
		err = derr
		time.Sleep(2 * time.Second)
	}
	return err
}

func (p *Plain) Disburse(ctx context.Context, d Disbursement) error {
	return p.send(ctx, http.MethodPost, "/disbursements", d)
}
