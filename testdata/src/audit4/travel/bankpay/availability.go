package bankpay

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// RoomHold is a supplier's answer to "is this room still free".
type RoomHold struct {
	HoldID string `json:"hold_id"`
	State  string `json:"state"` // "pending", "held", "sold_out"
}

// SupplierAPI is a bed bank's availability API (not a payment).
type SupplierAPI struct {
	Base string
	HTTP *http.Client
}

func (s *SupplierAPI) hold(ctx context.Context, id string) (*RoomHold, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, s.Base+"/holds/"+id, nil)
	resp, err := s.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var h RoomHold
	return &h, json.NewDecoder(resp.Body).Decode(&h)
}

// WaitForHold polls the bed bank quickly: holds settle in about a second.
func (s *SupplierAPI) WaitForHold(ctx context.Context, id string) (*RoomHold, error) {
	for {
		h, err := s.hold(ctx, id)
		if err != nil {
			return nil, err
		}
		if h.State != "pending" {
			return h, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}
