// Package rest reissues a payment of a hand-written REST client whose
// idempotent create may replay a used one: silent when made only once
// the previous payment's read succeeded and said it is no longer
// pending; reported when made while it is pending or after a failed read.
package rest

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

type charge struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

type gateway struct {
	base string
	hc   *http.Client
}

func (g *gateway) createCharge(ctx context.Context, cents int64, key string) (*charge, error) {
	body, _ := json.Marshal(map[string]any{"amount": cents})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.base+"/v2/charges", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", key)
	return g.do(req)
}

func (g *gateway) getCharge(ctx context.Context, id string) (*charge, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, g.base+"/v2/charges/"+id, nil)
	if err != nil {
		return nil, err
	}
	return g.do(req)
}

func (g *gateway) do(req *http.Request) (*charge, error) {
	resp, err := g.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var c charge
	return &c, json.NewDecoder(resp.Body).Decode(&c)
}

// Reissue makes a fresh charge only once the replayed one left pending.
func (g *gateway) Reissue(ctx context.Context, order string, cents int64) (string, error) {
	ch, err := g.createCharge(ctx, cents, "order-"+order)
	if err != nil {
		return "", err
	}
	for hop := 0; hop < 3; hop++ {
		got, rerr := g.getCharge(ctx, ch.ID)
		if rerr != nil {
			break
		}
		if got.Status == "pending" || got.Status == "processing" {
			break
		}
		if ch, err = g.createCharge(ctx, cents, "order-"+order+"-"+ch.ID); err != nil {
			return "", err
		}
	}
	return ch.ID, nil
}

// PendingAgain makes a fresh charge while the previous one is pending.
func (g *gateway) PendingAgain(ctx context.Context, order string, cents int64) (string, error) {
	ch, err := g.createCharge(ctx, cents, "order-"+order)
	if err != nil {
		return "", err
	}
	for hop := 0; hop < 3; hop++ {
		got, rerr := g.getCharge(ctx, ch.ID)
		if rerr != nil || got.Status != "pending" {
			break
		}
		if ch, err = g.createCharge(ctx, cents, "order-"+order+"-"+ch.ID); err != nil { // want `new payment created inside the loop that polls payment`
			return "", err
		}
	}
	return ch.ID, nil
}

// ReadFailed makes a fresh charge when the read failed: the previous
// one may still be pending.
func (g *gateway) ReadFailed(ctx context.Context, order string, cents int64) (string, error) {
	ch, err := g.createCharge(ctx, cents, "order-"+order)
	if err != nil {
		return "", err
	}
	for hop := 0; hop < 3; hop++ {
		got, rerr := g.getCharge(ctx, ch.ID)
		if rerr == nil && got.Status == "pending" {
			break
		}
		if ch, err = g.createCharge(ctx, cents, "order-"+order+"-"+ch.ID); err != nil { // want `new payment created inside the loop that polls payment`
			return "", err
		}
	}
	return ch.ID, nil
}
