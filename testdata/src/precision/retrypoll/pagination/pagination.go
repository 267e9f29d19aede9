// Package pagination pages through payments with starting_after cursors.
package pagination

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
)

type Payment struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Amount int64  `json:"amount"`
}

type page struct {
	Data    []Payment `json:"data"`
	HasMore bool      `json:"has_more"`
}

// ListAll fetches every payment page by page.
func ListAll(ctx context.Context, hc *http.Client, api string) ([]Payment, error) {
	var all []Payment
	after := ""
	for {
		q := url.Values{"limit": {"100"}}
		if after != "" {
			q.Set("starting_after", after)
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, api+"/v1/payments?"+q.Encode(), nil)
		if err != nil {
			return nil, err
		}
		resp, err := hc.Do(req)
		if err != nil {
			return nil, err
		}
		var p page
		err = json.NewDecoder(resp.Body).Decode(&p)
		resp.Body.Close()
		if err != nil {
			return nil, err
		}
		all = append(all, p.Data...)
		if !p.HasMore || len(p.Data) == 0 {
			return all, nil
		}
		after = p.Data[len(p.Data)-1].ID
	}
}

// CountSucceeded pages with a cursor and counts succeeded payments.
func CountSucceeded(ctx context.Context, hc *http.Client, api string) (int, error) {
	n := 0
	cursor := ""
	for more := true; more; {
		u := fmt.Sprintf("%s/v1/payments?limit=100&starting_after=%s", api, url.QueryEscape(cursor))
		resp, err := hc.Get(u)
		if err != nil {
			return n, err
		}
		var p page
		if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
			resp.Body.Close()
			return n, err
		}
		resp.Body.Close()
		for _, pay := range p.Data {
			if pay.Status == "succeeded" {
				n++
			}
		}
		more = p.HasMore
		if len(p.Data) > 0 {
			cursor = p.Data[len(p.Data)-1].ID
		}
	}
	return n, nil
}
