// Package returnedagain polls a bank payment and sends a new one from
// the switch clause of the old one's terminal failures: a payment the
// bank returned or reversed is as final as a failed one.
package returnedagain

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"time"
)

type rail struct {
	hc   *http.Client
	base string
}

type transfer struct {
	ID    string `json:"id"`
	State string `json:"state"`
}

func (r *rail) call(req *http.Request, out any) error {
	resp, err := r.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

func (r *rail) transfer(ctx context.Context, id string) (*transfer, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, r.base+"/v1/payments/"+id, nil)
	if err != nil {
		return nil, err
	}
	var t transfer
	return &t, r.call(req, &t)
}

func (r *rail) send(ctx context.Context, key, account string) (*transfer, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, r.base+"/v1/payments", strings.NewReader(`{"account":"`+account+`"}`))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", key)
	var t transfer
	return &t, r.call(req, &t)
}

// Look-alike: a new transfer only once the old one was reversed or
// declined.
func (r *rail) resendWhenReversed(ctx context.Context, oldID, account string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Minute)
	defer cancel()
	for {
		t, err := r.transfer(ctx, oldID)
		if err != nil {
			return "", err
		}
		switch t.State {
		case "settled":
			return t.ID, nil
		case "reversed", "declined":
			nt, err := r.send(ctx, "resend-"+oldID, account)
			if err != nil {
				return "", err
			}
			return nt.ID, nil
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(20 * time.Second):
		}
	}
}

// A clause that also takes a pending state sends a second transfer while
// the first may still settle.
func (r *rail) resendWhenSlow(ctx context.Context, oldID, account string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Minute)
	defer cancel()
	for {
		t, err := r.transfer(ctx, oldID)
		if err != nil {
			return "", err
		}
		switch t.State {
		case "settled":
			return t.ID, nil
		case "returned", "processing":
			nt, err := r.send(ctx, "resend-"+oldID, account) // want `new payment created inside the loop that polls payment oldID`
			if err != nil {
				return "", err
			}
			return nt.ID, nil
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(20 * time.Second):
		}
	}
}
