// Package loyalty is the client of the group's points service, another
// team's HTTP API: crediting points is a POST over the network.
package loyalty

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type Client struct {
	base string
	hc   *http.Client
}

func New(base string) *Client {
	return &Client{base: base, hc: &http.Client{Timeout: 20 * time.Second}}
}

// AddPoints credits a member's points balance.
func (c *Client) AddPoints(member string, points int64) error {
	body, _ := json.Marshal(map[string]any{"member": member, "points": points})
	req, err := http.NewRequest(http.MethodPost, c.base+"/v1/points", bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("points service: %d", resp.StatusCode)
	}
	return nil
}
