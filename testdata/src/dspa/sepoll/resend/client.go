// Package resend: a treasury client sends every call through
// exec(verb, route); Wire creates a wire transfer (POST /v3/wire-transfers,
// the resource written with a hyphen) and Watch polls it, sending a new
// transfer when the first is still QUEUED after a while.
package resend

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"time"
)

const gap = 3 * time.Second

type Treasury struct {
	root string
	cl   *http.Client
}

type Wire struct {
	Ref   string `json:"ref"`
	State string `json:"state"` // QUEUED, SENT, COMPLETED, RETURNED
}

func (t *Treasury) exec(ctx context.Context, verb, route, body string, dst any) error {
	req, err := http.NewRequestWithContext(ctx, verb, t.root+route, strings.NewReader(body))
	if err != nil {
		return err
	}
	res, err := t.cl.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	return json.NewDecoder(res.Body).Decode(dst)
}

func (t *Treasury) SendWire(ctx context.Context, body string) (Wire, error) {
	var w Wire
	err := t.exec(ctx, http.MethodPost, "/v3/wire-transfers", body, &w)
	return w, err
}

func (t *Treasury) WireState(ctx context.Context, ref string) (Wire, error) {
	var w Wire
	err := t.exec(ctx, http.MethodGet, "/v3/wire-transfers/"+ref, "", &w)
	return w, err
}
