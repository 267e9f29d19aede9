package payouts

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"time"
)

// FareSearch queries the GDS for fares; a search is a read and the GDS
// throttles nothing under a few requests a second.
type FareSearch struct {
	Endpoint string
	HTTP     *http.Client
}

type Fare struct {
	Carrier string `json:"carrier"`
	Cents   int64  `json:"cents"`
}

func (f *FareSearch) Search(ctx context.Context, from, to, date string) ([]Fare, error) {
	q := url.Values{"from": {from}, "to": {to}, "date": {date}}
	var lastErr error
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, f.Endpoint+"/shop?"+q.Encode(), nil)
		resp, err := f.HTTP.Do(req)
		if err != nil {
			lastErr = err
			time.Sleep(300 * time.Millisecond)
			continue
		}
		defer resp.Body.Close()
		var fares []Fare
		if err := json.NewDecoder(resp.Body).Decode(&fares); err != nil {
			return nil, err
		}
		return fares, nil
	}
	return nil, lastErr
}

// SyncSupplierProfile pushes contact data to the supplier portal; retried
// fast because the portal is on our own network.
func (g *Gateway) SyncSupplierProfile(ctx context.Context, s Supplier) error {
	var err error
	for i := 0; i < 3; i++ {
		var resp *http.Response
		resp, err = g.post(ctx, "/v2/suppliers/"+s.ID+"/profile", "", map[string]string{"iban": s.IBAN})
		if err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(250 * time.Millisecond)
	}
	return err
}
