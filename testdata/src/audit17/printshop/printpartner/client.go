// Package printpartner is the client of the print partner's REST API:
// print orders, mockup renders, shipping quotes and design uploads.
package printpartner

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/avast/retry-go/v4"

	"audit17/printshop/store"
)

// Client talks to the print partner.
type Client struct {
	base  string
	token string
	hc    *http.Client
}

// New returns a print partner client.
func New(base, token string) *Client {
	return &Client{base: base, token: token, hc: &http.Client{Timeout: 30 * time.Second}}
}

func (c *Client) do(ctx context.Context, method, path string, in, out any, hdr map[string]string) (int, error) {
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return 0, err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Content-Type", "application/json")
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if out != nil && resp.StatusCode < 300 {
		if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
			return resp.StatusCode, err
		}
	}
	return resp.StatusCode, nil
}

// PrintOrder is what the partner prints and ships.
type PrintOrder struct {
	ExternalID string           `json:"external_id"`
	Recipient  string           `json:"recipient"`
	Items      []store.LineItem `json:"items"`
}

// SubmitOrder sends a paid order to print. The partner deduplicates on
// external_id, so a retried submission prints once.
func (c *Client) SubmitOrder(ctx context.Context, po PrintOrder) (string, error) {
	var out struct {
		ID string `json:"id"`
	}
	err := retry.Do(func() error {
		code, err := c.do(ctx, http.MethodPost, "/v2/orders", po, &out, map[string]string{"X-Request-Id": "po-" + po.ExternalID})
		if err != nil {
			return err
		}
		if code >= 400 && code < 500 && code != http.StatusTooManyRequests {
			return retry.Unrecoverable(fmt.Errorf("printpartner: order %s rejected: %d", po.ExternalID, code))
		}
		if code >= 300 {
			return fmt.Errorf("printpartner: order %s: %d", po.ExternalID, code)
		}
		return nil
	}, retry.Attempts(5), retry.Context(ctx))
	return out.ID, err
}

// Mockup is a render job of a design on a product.
type Mockup struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	URL    string `json:"url"`
}

// RenderMockup starts a mockup render and waits for the image.
func (c *Client) RenderMockup(ctx context.Context, designID, sku string) (string, error) {
	var job Mockup
	if _, err := c.do(ctx, http.MethodPost, "/v2/mockups", map[string]string{"design_id": designID, "sku": sku}, &job, nil); err != nil {
		return "", err
	}
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	for {
		if _, err := c.do(ctx, http.MethodGet, "/v2/mockups/"+job.ID, nil, &job, nil); err != nil {
			return "", err
		}
		switch job.Status {
		case "done":
			return job.URL, nil
		case "failed":
			return "", fmt.Errorf("printpartner: mockup %s failed", job.ID)
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// Rate is a shipping option.
type Rate struct {
	Carrier string `json:"carrier"`
	Cents   int64  `json:"cents"`
	Days    int    `json:"days"`
}

// QuoteShipping asks for shipping rates of the given items to a country.
func (c *Client) QuoteShipping(ctx context.Context, country string, items []store.LineItem) ([]Rate, error) {
	var rates []Rate
	var err error
	for i := 0; i < 3; i++ {
		var code int
		code, err = c.do(ctx, http.MethodPost, "/v2/shipping/rates", map[string]any{"country": country, "items": items}, &rates, nil)
		if err == nil && code == http.StatusOK {
			return rates, nil
		}
	}
	return nil, fmt.Errorf("printpartner: shipping quote: %v", err)
}

// UploadDesign stores a creator's print file with the partner.
func (c *Client) UploadDesign(ctx context.Context, designID string, png []byte) error {
	for attempt := 1; ; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPut, c.base+"/v2/files/"+designID, bytes.NewReader(png))
		if err != nil {
			return err
		}
		req.Header.Set("Authorization", "Bearer "+c.token)
		req.Header.Set("Content-Type", "image/png")
		resp, err := c.hc.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK || resp.StatusCode == http.StatusCreated {
				return nil
			}
		}
		if attempt == 4 {
			return fmt.Errorf("printpartner: upload %s failed", designID)
		}
		time.Sleep(time.Duration(attempt) * time.Second)
	}
}
