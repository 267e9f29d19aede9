// Package payouts: a marketplace's payout client sends every call through
// roundTrip(verb, route), which tries again on any answer that is not
// 2xx: a 400 or 422 to POST /v1/payouts is sent round again.
package payouts

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

type Payout struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

type Client struct {
	Base  string
	HTTP  *http.Client
	Tries int
}

func (c *Client) roundTrip(verb, route string, in, out any) error {
	raw, err := json.Marshal(in)
	if err != nil {
		return err
	}
	for try := 1; try <= c.Tries; try++ {
		req, err := http.NewRequest(verb, c.Base+route, bytes.NewReader(raw))
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", fmt.Sprintf("%x", raw))
		res, err := c.HTTP.Do(req)
		if err != nil {
			time.Sleep(time.Duration(try) * time.Second)
			continue
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK && res.StatusCode != http.StatusCreated { // want `POST /v1/payouts \(sent for payouts.Client.Send\) is retried by a for loop \(line 31\): every non-2xx status is retried`
			time.Sleep(time.Duration(try) * time.Second)
			continue
		}
		return json.Unmarshal(body, out)
	}
	return fmt.Errorf("payouts: %s %s: gave up", verb, route)
}

// Send pays a seller out.
func (c *Client) Send(seller string, cents int64) (*Payout, error) {
	var p Payout
	err := c.roundTrip(http.MethodPost, "/v1/payouts", map[string]any{"seller": seller, "amount": cents}, &p)
	return &p, err
}

// Get reads a payout.
func (c *Client) Get(id string) (*Payout, error) {
	var p Payout
	err := c.roundTrip(http.MethodGet, "/v1/payouts/"+id, nil, &p)
	return &p, err
}
