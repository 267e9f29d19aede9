// Package flows is a hand-written client of a pay-by-bank provider's
// payment flows, and the pages the payer's browser comes back to.
package flows

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

type Client struct {
	base string
	hc   *http.Client
}

func New(base string) *Client { return &Client{base: base, hc: http.DefaultClient} }

// Transfer is the provider's answer to an executed flow.
type Transfer struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// Execute runs the flow the payer authorised at their bank.
func (c *Client) Execute(ctx context.Context, flowID string) (Transfer, error) {
	b, _ := json.Marshal(map[string]string{"flow_id": flowID})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v2/flows/"+flowID+"/execute", bytes.NewReader(b))
	if err != nil {
		return Transfer{}, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return Transfer{}, err
	}
	defer resp.Body.Close()
	var t Transfer
	return t, json.NewDecoder(resp.Body).Decode(&t)
}
