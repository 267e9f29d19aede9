// Package momo: an in-house mobile-money gateway client whose payment
// resource is a "collection" (a request to pay); its state is polled
// too fast.
package momo

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type Gateway struct {
	hc   *http.Client
	root string
}

type Collection struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

func (g *Gateway) Collection(ctx context.Context, id string) (*Collection, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", fmt.Sprintf("%s/api/v2/collections/%s", g.root, id), nil)
	if err != nil {
		return nil, err
	}
	resp, err := g.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var c Collection
	return &c, json.NewDecoder(resp.Body).Decode(&c)
}

func (g *Gateway) Reverse(ctx context.Context, id string) error {
	req, err := http.NewRequestWithContext(ctx, "POST", fmt.Sprintf("%s/api/v2/collections/%s/reversals", g.root, id), nil)
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", "rev-"+id)
	resp, err := g.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Await reads the collection every half second: a collection prompt waits
// on the payer's phone for minutes.
func (g *Gateway) Await(ctx context.Context, id string) (string, error) {
	for i := 0; i < 240; i++ {
		c, err := g.Collection(ctx, id)
		if err != nil {
			return "", err
		}
		if c.Status == "SUCCESSFUL" || c.Status == "FAILED" {
			return c.Status, nil
		}
		time.Sleep(500 * time.Millisecond) // want `payment status polled every 500ms`
	}
	return "", fmt.Errorf("collection %s still pending", id)
}
