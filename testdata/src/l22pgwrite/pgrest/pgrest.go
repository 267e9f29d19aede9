// Package pgrest is a scooter rental's hand-written client of its
// Supabase database: PostgREST over HTTP, one method per table. Its
// writes are the rental's own rows, as an UPDATE over database/sql is.
package pgrest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

type Client struct {
	Base string
	Key  string
	HC   *http.Client
}

type Rental struct {
	ID     string `json:"id"`
	Rider  string `json:"rider_id"`
	Status string `json:"status"`
}

func (c *Client) do(req *http.Request, out any) error {
	req.Header.Set("apikey", c.Key)
	req.Header.Set("Authorization", "Bearer "+c.Key)
	resp, err := c.HC.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("postgrest: %s", resp.Status)
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// RentalByRef selects the rental a mobile-money request was made for.
func (c *Client) RentalByRef(ctx context.Context, ref string) (*Rental, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.Base+"/rest/v1/rentals?momo_ref=eq."+ref+"&select=*", nil)
	if err != nil {
		return nil, err
	}
	var rows []Rental
	if err := c.do(req, &rows); err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("rental %s not found", ref)
	}
	return &rows[0], nil
}

// PatchRental updates the columns its caller passes: the caller's map is
// the SET list.
func (c *Client) PatchRental(ctx context.Context, id string, cols map[string]any) error {
	payload, err := json.Marshal(cols)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPatch, c.Base+"/rest/v1/rentals?id=eq."+id, bytes.NewReader(payload))
	if err != nil {
		return err
	}
	req.Header.Set("Prefer", "return=minimal")
	return c.do(req, nil)
}

// PatchProfile updates a rider's profile row: no payment's row.
func (c *Client) PatchProfile(ctx context.Context, id string, cols map[string]any) error {
	payload, err := json.Marshal(cols)
	if err != nil {
		return err
	}
	url := fmt.Sprintf("%s/rest/v1/profiles?id=eq.%s", c.Base, id)
	req, err := http.NewRequestWithContext(ctx, http.MethodPatch, url, bytes.NewReader(payload))
	if err != nil {
		return err
	}
	return c.do(req, nil)
}

// SetPassState stores the state its caller names on a day pass.
func (c *Client) SetPassState(ctx context.Context, id, state string) error {
	payload, _ := json.Marshal(map[string]string{"status": state})
	req, err := http.NewRequestWithContext(ctx, http.MethodPatch, c.Base+"/rest/v1/day_passes?id=eq."+id, bytes.NewReader(payload))
	if err != nil {
		return err
	}
	return c.do(req, nil)
}
