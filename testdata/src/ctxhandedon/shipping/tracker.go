// Package shipping follows parcels until the carrier delivers them.
package shipping

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
)

type Parcel struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

type Tracker struct {
	Base string
	HC   *http.Client
}

// Run follows every parcel on the context it is handed: a shipment, no
// payment.
func (t *Tracker) Run(ctx context.Context, ids []string) error {
	for _, id := range ids {
		if _, err := t.follow(ctx, id); err != nil {
			return err
		}
	}
	return nil
}

func (t *Tracker) follow(ctx context.Context, id string) (*Parcel, error) {
	tick := time.NewTicker(time.Minute)
	defer tick.Stop()
	for {
		p, err := t.get(ctx, id)
		if err == nil && (p.Status == "delivered" || p.Status == "returned") {
			return p, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-tick.C:
		}
	}
}

func (t *Tracker) get(ctx context.Context, id string) (*Parcel, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, t.Base+"/v1/shipments/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := t.HC.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var p Parcel
	return &p, json.NewDecoder(resp.Body).Decode(&p)
}
