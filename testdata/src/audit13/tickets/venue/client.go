// Package venue talks to the venues' box-office systems: seat maps,
// inventory sync, gate scans and the fraud-score service.
package venue

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/redis/go-redis/v9"
)

// Client is a venue partner API client.
type Client struct {
	base, token string
	http        *http.Client
	cache       *redis.Client
}

// NewClient builds a venue client.
func NewClient(base, token string, cache *redis.Client) *Client {
	return &Client{base: base, token: token, http: &http.Client{Timeout: 10 * time.Second}, cache: cache}
}

func (c *Client) do(ctx context.Context, method, path string, body any) (*http.Response, error) {
	var buf bytes.Buffer
	if body != nil {
		_ = json.NewEncoder(&buf).Encode(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, &buf)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	return c.http.Do(req)
}

// SyncInventory pushes the seats we sold to the venue's box office so
// they are not sold twice at the door.
func (c *Client) SyncInventory(ctx context.Context, venueEventID string, soldSeats []string) error {
	var status int
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := c.do(ctx, http.MethodPost, "/v1/events/"+venueEventID+"/inventory", map[string]any{"sold": soldSeats})
		if err != nil {
			continue
		}
		resp.Body.Close()
		if status = resp.StatusCode; status == http.StatusOK {
			return nil
		}
	}
	return fmt.Errorf("venue inventory sync %s: status %d", venueEventID, status)
}

// Scan records a barcode scanned at a gate and answers whether it admits.
func (c *Client) Scan(ctx context.Context, gate, barcode string) (bool, error) {
	resp, err := c.do(ctx, http.MethodPost, "/v1/scans", map[string]string{"gate": gate, "barcode": barcode})
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	var out struct{ Admit bool }
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out.Admit, err
}

// RefreshSeatMaps keeps the cached seat maps of on-sale events fresh while
// ctx lives; availability changes fast during a presale.
func (c *Client) RefreshSeatMaps(ctx context.Context, eventIDs []string, log *slog.Logger) {
	for {
		for _, id := range eventIDs {
			resp, err := c.do(ctx, http.MethodGet, "/v1/events/"+id+"/seatmap", nil)
			if err != nil {
				log.Warn("seatmap", "event", id, "err", err)
				continue
			}
			b, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			if err == nil && resp.StatusCode == http.StatusOK {
				c.cache.Set(ctx, "seatmap:"+id, b, time.Minute)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(500 * time.Millisecond):
		}
	}
}
