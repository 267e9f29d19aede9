// Package rail is a payout provider's client: every call goes through
// one send(method, path) dispatcher.
package rail

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
)

type Payout struct {
	ID    int64  `json:"id"`
	State string `json:"state"`
}

type Client struct {
	base string
	hc   *http.Client
}

func (c *Client) send(ctx context.Context, method, path string, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, nil)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

// PayoutByID reads one payout.
func (c *Client) PayoutByID(ctx context.Context, id int64) (*Payout, error) {
	var p Payout
	err := c.send(ctx, http.MethodGet, "/api/payouts/"+strconv.FormatInt(id, 10), &p)
	return &p, err
}

// Recent lists the payouts made since a time.
func (c *Client) Recent(ctx context.Context, since int64) ([]Payout, error) {
	var ps []Payout
	err := c.send(ctx, http.MethodGet, "/api/payouts?since="+strconv.FormatInt(since, 10), &ps)
	return ps, err
}

// PayoutState reads one payout's state.
func (c *Client) PayoutState(ctx context.Context, id string) (string, error) {
	var p Payout
	err := c.send(ctx, http.MethodGet, "/api/payouts/"+id, &p)
	return p.State, err
}
