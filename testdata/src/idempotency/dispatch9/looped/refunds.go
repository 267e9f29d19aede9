// Package looped: a plain net/http client whose every call goes through
// call(method, path), which retries in a for loop and stamps a new key on
// each attempt. The refund POSTed through it is retried with a new key.
package looped

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"time"
)

type API struct {
	base string
	hc   *http.Client
}

type Refund struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

func newKey() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func (a *API) call(method, path string, in, out any) error {
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		var b []byte
		b, err = json.Marshal(in)
		if err != nil {
			return err
		}
		req, rerr := http.NewRequest(method, a.base+path, bytes.NewReader(b))
		if rerr != nil {
			return rerr
		}
		req.Header.Set("Idempotency-Key", newKey())
		resp, derr := a.hc.Do(req) // want `POST /v1/refunds \(sent for looped.API.Refund\) is retried by a for loop \(line 33\) with an idempotency key made anew on every attempt`
		if derr == nil && resp.StatusCode < 500 {
			defer resp.Body.Close()
			return json.NewDecoder(resp.Body).Decode(out)
		}
		err = derr
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return err
}

// Refund gives a charge's money back.
func (a *API) Refund(charge string, amount int64) (*Refund, error) {
	var r Refund
	err := a.call(http.MethodPost, "/v1/refunds", map[string]any{"charge": charge, "amount": amount}, &r)
	return &r, err
}

// GetRefund reads a refund.
func (a *API) GetRefund(id string) (*Refund, error) {
	var r Refund
	err := a.call(http.MethodGet, "/v1/refunds/"+id, nil, &r)
	return &r, err
}
