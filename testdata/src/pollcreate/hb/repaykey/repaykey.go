// Package repaykey sends a refund with an idempotency key made from the
// pass counter, polls it in place until its own deadline, and goes round:
// every pass is a new refund to the provider while the first may still
// land. Look-alike: one key for every pass.
package repaykey

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
)

type api struct {
	hc   *http.Client
	base string
}

type refund struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

func (a *api) call(req *http.Request, out any) error {
	resp, err := a.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

func (a *api) refund(ctx context.Context, charge, key string) (*refund, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.base+"/v1/refunds", strings.NewReader(`{"charge":"`+charge+`"}`))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", key)
	var out refund
	return &out, a.call(req, &out)
}

func (a *api) refundByID(ctx context.Context, id string) (*refund, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, a.base+"/v1/refunds/"+id, nil)
	if err != nil {
		return nil, err
	}
	var out refund
	return &out, a.call(req, &out)
}

var errRefundFailed = errors.New("refund failed")

// keyPerPass: each pass after the deadline sends a new key.
func keyPerPass(ctx context.Context, a *api, charge string) error {
	for pass := 0; pass < 3; pass++ {
		r, err := a.refund(ctx, charge, fmt.Sprintf("rf-%s-%d", charge, pass)) // want "idempotency key made from the attempt counter pass"
		if err != nil {
			return err
		}
		stop := time.Now().Add(90 * time.Second)
		for time.Now().Before(stop) {
			time.Sleep(5 * time.Second)
			cur, err := a.refundByID(ctx, r.ID)
			if err != nil {
				continue
			}
			switch cur.Status {
			case "succeeded":
				return nil
			case "failed":
				return errRefundFailed
			}
		}
	}
	return errors.New("refund still pending")
}

// oneKey: every pass sends the same key; the provider answers with the
// first refund.
func oneKey(ctx context.Context, a *api, charge string) error {
	key := "rf-" + charge
	for pass := 0; pass < 3; pass++ {
		r, err := a.refund(ctx, charge, key)
		if err != nil {
			return err
		}
		stop := time.Now().Add(90 * time.Second)
		for time.Now().Before(stop) {
			time.Sleep(5 * time.Second)
			cur, err := a.refundByID(ctx, r.ID)
			if err == nil && cur.Status == "succeeded" {
				return nil
			}
			if err == nil && cur.Status == "failed" {
				return errRefundFailed
			}
		}
	}
	return errors.New("refund still pending")
}
