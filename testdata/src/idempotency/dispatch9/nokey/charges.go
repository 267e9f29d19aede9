// Package nokey: a dispatcher that retries every request in a loop and
// attaches no key at all, with a caller POSTing a charge through it.
package nokey

import (
	"bytes"
	"encoding/json"
	"net/http"
	"time"
)

type Charge struct {
	ID string `json:"id"`
}

type Acquirer struct {
	base string
	hc   *http.Client
}

func (a *Acquirer) exec(method, path string, in, out any) error {
	b, _ := json.Marshal(in)
	var err error
	for try := 0; try < 3; try++ {
		req, rerr := http.NewRequest(method, a.base+path, bytes.NewReader(b))
		if rerr != nil {
			return rerr
		}
		resp, derr := a.hc.Do(req) // want `POST /v1/charges \(sent for nokey.Acquirer.Charge\) is retried by a for loop \(line 24\) without an idempotency key`
		if derr == nil && resp.StatusCode < 500 {
			defer resp.Body.Close()
			return json.NewDecoder(resp.Body).Decode(out)
		}
		err = derr
		time.Sleep(time.Second)
	}
	return err
}

func (a *Acquirer) Charge(card string, amount int64) (*Charge, error) {
	var c Charge
	err := a.exec(http.MethodPost, "/v1/charges", map[string]any{"card": card, "amount": amount}, &c)
	return &c, err
}
