// Package podapi is a home-grown client of a pay-on-delivery provider:
// a courier's handheld captures the buyer's payment at the door. Its
// waiter reads a capture a fixed number of times and, when the reads run
// out, answers the capture as last read, none of the final states, with a
// nil error: its summary (WaiterFact) carries that to callers of other
// packages.
package podapi

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"time"
)

// Capture is a doorstep capture.
type Capture struct {
	ID    string `json:"id"`
	Phase string `json:"phase"`
}

// Client talks to the provider.
type Client struct {
	HC   *http.Client
	Base string
}

func (c *Client) do(req *http.Request, out any) error {
	resp, err := c.HC.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

// Capture asks the courier's handheld to take the payment.
func (c *Client) Capture(ctx context.Context, parcel string, cents int64) (*Capture, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/doorstep/payments", strings.NewReader(`{"parcel":"`+parcel+`"}`))
	if err != nil {
		return nil, err
	}
	var out Capture
	return &out, c.do(req, &out)
}

// Get reads a capture.
func (c *Client) Get(ctx context.Context, id string) (*Capture, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.Base+"/v1/doorstep/payments/"+id, nil)
	if err != nil {
		return nil, err
	}
	var out Capture
	return &out, c.do(req, &out)
}

// Await reads the capture up to ten times and answers it as last read.
func (c *Client) Await(ctx context.Context, id string) (*Capture, error) {
	last := &Capture{ID: id, Phase: "requested"}
	for i := 0; i < 10; i++ {
		time.Sleep(3 * time.Second)
		got, err := c.Get(ctx, id)
		if err != nil {
			return nil, err
		}
		last = got
		if got.Phase == "captured" || got.Phase == "refused" {
			return got, nil
		}
	}
	return last, nil
}
