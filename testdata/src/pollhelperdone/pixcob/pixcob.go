// Package pixcob is the shop's client for its PSP's BACEN API Pix.
package pixcob

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"pollhelperdone/waiting"
)

const (
	StatusActive        = "ATIVA"
	StatusConcluded     = "CONCLUIDA"
	StatusRemovedByUser = "REMOVIDA_PELO_USUARIO_RECEBEDOR"
	StatusRemovedByPSP  = "REMOVIDA_PELO_PSP"
)

type Cob struct {
	TxID   string `json:"txid"`
	Status string `json:"status"`
}

type Client struct {
	Base string
	HC   *http.Client
}

// Get reads the charge's current state.
func (c *Client) Get(ctx context.Context, txid string) (*Cob, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.Base+"/v2/cob/"+txid, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.HC.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out Cob
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}

// Final: the charge was paid or removed.
func Final(c *Cob) bool {
	switch c.Status {
	case StatusConcluded, StatusRemovedByUser, StatusRemovedByPSP:
		return true
	}
	return false
}

// Await reads the charge every 3s until it is final or ctx ends: bounded
// only by the context its caller hands it.
func (c *Client) Await(ctx context.Context, txid string) (*Cob, error) {
	return waiting.Until(ctx, 3*time.Second, func(ctx context.Context) (*Cob, error) {
		return c.Get(ctx, txid)
	}, Final)
}

// AwaitCapped gives up after 200 reads, whatever context it is handed.
func (c *Client) AwaitCapped(ctx context.Context, txid string) (*Cob, error) {
	return waiting.UntilN(ctx, 3*time.Second, 200, func(ctx context.Context) (*Cob, error) {
		return c.Get(ctx, txid)
	}, Final)
}

// AwaitWithin gives the charge its own hour.
func (c *Client) AwaitWithin(ctx context.Context, txid string) (*Cob, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Hour)
	defer cancel()
	return c.Await(ctx, txid)
}
