package squaremux

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// ShippingClient talks to the carrier's label API.
type ShippingClient struct {
	BaseURL string
	HTTP    *http.Client
}

func (s *ShippingClient) CreateLabel(ctx context.Context, orderID string) error {
	buf, _ := json.Marshal(map[string]string{"order_id": orderID})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.BaseURL+"/labels", bytes.NewReader(buf))
	if err != nil {
		return err
	}
	resp, err := s.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("label api: %s", resp.Status)
	}
	return nil
}
