package hr

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"
)

// Verification is an identity check of a new worker.
type Verification struct {
	ID     string `json:"id"`
	Status string `json:"status"` // pending, approved, declined, needs_review
}

// IDV is the identity verification vendor's client.
type IDV struct {
	hc   *http.Client
	base string
	key  string
}

// NewIDV builds the client.
func NewIDV(hc *http.Client, base, key string) *IDV { return &IDV{hc: hc, base: base, key: key} }

func (v *IDV) get(ctx context.Context, id string) (*Verification, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, v.base+"/v1/verifications/"+id, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Token "+v.key)
	resp, err := v.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out Verification
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}

// AwaitDecision waits for the vendor to decide on a selfie check the
// worker just completed in the app.
func (v *IDV) AwaitDecision(ctx context.Context, id string) (*Verification, error) {
	ctx, cancel := context.WithTimeout(ctx, 45*time.Second)
	defer cancel()
	for {
		ver, err := v.get(ctx, id)
		if err != nil {
			return nil, err
		}
		if ver.Status != "pending" {
			return ver, nil
		}
		select {
		case <-ctx.Done():
			return nil, errors.New("identity decision still pending")
		case <-time.After(500 * time.Millisecond):
		}
	}
}
