// Package adyen polls an Adyen-style payment whose result codes are
// Authorised, Refused, Error and Cancelled.
package adyen

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"
)

type Result struct {
	PSPReference string `json:"pspReference"`
	ResultCode   string `json:"resultCode"`
}

var ErrStuck = errors.New("stuck")

// Await polls the payment until it is authorised or refused.
func Await(ctx context.Context, hc *http.Client, base, ref string) (*Result, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/v71/payments/"+ref, nil)
		resp, err := hc.Do(req)
		if err != nil {
			return nil, err
		}
		var r Result
		err = json.NewDecoder(resp.Body).Decode(&r)
		resp.Body.Close()
		if err != nil {
			return nil, err
		}
		if r.ResultCode == "Authorised" || r.ResultCode == "Refused" {
			return &r, nil
		}
		select {
		case <-ctx.Done():
			return nil, ErrStuck
		case <-time.After(5 * time.Second):
		}
	}
}
