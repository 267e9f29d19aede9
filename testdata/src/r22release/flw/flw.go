// Package flw is a small hand-written Flutterwave v3 client: the shop
// verifies a transaction by its id when the buyer comes back.
package flw

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

// Client calls Flutterwave with the shop's secret key.
type Client struct {
	secret string
	hc     *http.Client
}

// New returns a client.
func New(secret string) *Client { return &Client{secret: secret, hc: http.DefaultClient} }

// Txn is a verified transaction: Status is "successful", "failed" or
// "pending"; the API answers 200 for all of them.
type Txn struct {
	ID     int64  `json:"id"`
	TxRef  string `json:"tx_ref"`
	Status string `json:"status"`
	Amount int64  `json:"amount"`
}

type envelope struct {
	Status string `json:"status"`
	Data   Txn    `json:"data"`
}

// Verify reads a transaction back from Flutterwave.
func (c *Client) Verify(ctx context.Context, id string) (*Txn, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.flutterwave.com/v3/transactions/"+id+"/verify", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.secret)
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("flw: verify %s: %d", id, resp.StatusCode)
	}
	var env envelope
	if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
		return nil, err
	}
	return &env.Data, nil
}

// ErrNotPaid: the transaction exists but did not succeed.
var ErrNotPaid = errors.New("flw: transaction not successful")

// VerifyPaid reads the transaction and errs unless it succeeded.
func (c *Client) VerifyPaid(ctx context.Context, id string) (*Txn, error) {
	t, err := c.Verify(ctx, id)
	if err != nil {
		return nil, err
	}
	if t.Status != "successful" {
		return nil, ErrNotPaid
	}
	return t, nil
}
