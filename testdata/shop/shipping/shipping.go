// Package shipping books parcels with the carrier's REST API.
package shipping

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// Carrier is the carrier's API client.
type Carrier struct {
	BaseURL string
	HTTP    *http.Client
}

// CreateShipment books a parcel for the order and returns its tracking
// number: a POST to the carrier, which can take seconds.
func (c *Carrier) CreateShipment(ctx context.Context, orderID string) (string, error) {
	body, err := json.Marshal(map[string]string{"reference": orderID})
	if err != nil {
		return "", err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.BaseURL+"/v2/shipments", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return "", fmt.Errorf("carrier: %s", resp.Status)
	}
	var out struct {
		Tracking string `json:"tracking_number"`
	}
	return out.Tracking, json.NewDecoder(resp.Body).Decode(&out)
}
