// Package pixcobretry creates PIX immediate charges (BACEN API Pix: PUT
// /v2/cob/{txid}) with a retry loop.
package pixcobretry

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"time"
)

// Client is a PSP's PIX client.
type Client struct {
	hc   *http.Client
	base string
}

// CreateCob creates the charge txid, again on every answer but 200/201.
func (c *Client) CreateCob(ctx context.Context, txid string, body []byte) error {
	var last error
	for attempt := 0; attempt < 4; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPut, c.base+"/v2/cob/"+txid, bytes.NewReader(body))
		if err != nil {
			return err
		}
		resp, err := c.hc.Do(req)
		if err != nil {
			last = err
			time.Sleep(2 * time.Second)
			continue
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusOK { // want `PUT /v2/cob/\{\} is retried by a for loop \(line \d+\): every non-2xx status is retried`
			last = fmt.Errorf("pix: %d", resp.StatusCode)
			time.Sleep(2 * time.Second)
			continue
		}
		return nil
	}
	return last
}

// CreateCobTransient creates the charge txid, again only on 429 and 5xx.
func (c *Client) CreateCobTransient(ctx context.Context, txid string, body []byte) error {
	var last error
	for attempt := 0; attempt < 4; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPut, c.base+"/v2/cob/"+txid, bytes.NewReader(body))
		if err != nil {
			return err
		}
		resp, err := c.hc.Do(req)
		if err != nil {
			last = err
			time.Sleep(2 * time.Second)
			continue
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
			last = fmt.Errorf("pix: %d", resp.StatusCode)
			time.Sleep(2 * time.Second)
			continue
		}
		if resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusOK {
			return fmt.Errorf("pix: refused %d", resp.StatusCode)
		}
		return nil
	}
	return last
}
