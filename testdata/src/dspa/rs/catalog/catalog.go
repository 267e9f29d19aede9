// Package catalog: the same dispatcher retrying every non-2xx answer
// POSTs to a product catalogue (/v1/catalog-items): no payment.
package catalog

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

type Item struct {
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
		if res.StatusCode != http.StatusOK && res.StatusCode != http.StatusCreated {
			time.Sleep(time.Duration(try) * time.Second)
			continue
		}
		return json.Unmarshal(body, out)
	}
	return fmt.Errorf("payouts: %s %s: gave up", verb, route)
}

// Send lists a seller's item.
func (c *Client) Send(seller string, cents int64) (*Item, error) {
	var p Item
	err := c.roundTrip(http.MethodPost, "/v1/catalog-items", map[string]any{"seller": seller, "price": cents}, &p)
	return &p, err
}

// Get reads an item.
func (c *Client) Get(id string) (*Item, error) {
	var p Item
	err := c.roundTrip(http.MethodGet, "/v1/catalog-items/"+id, nil, &p)
	return &p, err
}
