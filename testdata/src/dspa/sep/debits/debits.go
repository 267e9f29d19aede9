// Package debits: a bank-rail client whose every call goes through
// invoke(verb, endpoint), retrying as often as its Config says; buildReq
// stamps a new key on every request. POST /v1/direct-debits (the resource
// written with a hyphen) is a payment write retried with a new key.
package debits

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"time"
)

type Config struct {
	Endpoint string
	Attempts int
}

type Rail struct {
	cfg Config
	web *http.Client
}

type Debit struct {
	ID    string `json:"id"`
	State string `json:"state"`
}

func (r *Rail) buildReq(ctx context.Context, verb, endpoint string, payload any) (*http.Request, error) {
	raw, err := json.Marshal(payload)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, verb, r.cfg.Endpoint+endpoint, bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	k := make([]byte, 16)
	rand.Read(k)
	req.Header.Set("Idempotency-Key", hex.EncodeToString(k))
	return req, nil
}

func (r *Rail) invoke(ctx context.Context, verb, endpoint string, payload, into any) error {
	err := errors.New("no attempt")
	for n := 0; n < r.cfg.Attempts; n++ {
		req, berr := r.buildReq(ctx, verb, endpoint, payload)
		if berr != nil {
			return berr
		}
		res, derr := r.web.Do(req) // want `POST /v1/direct-debits \(sent for debits.Rail.Collect\) is retried by a for loop \(line 50\) but buildReq makes a new idempotency key on every call`
		if derr != nil {
			err = derr
			time.Sleep(time.Duration(n+1) * time.Second)
			continue
		}
		defer res.Body.Close()
		return json.NewDecoder(res.Body).Decode(into)
	}
	return err
}

// Collect pulls an amount against a mandate.
func (r *Rail) Collect(ctx context.Context, mandate string, cents int64) (*Debit, error) {
	var d Debit
	err := r.invoke(ctx, http.MethodPost, "/v1/direct-debits", map[string]any{"mandate": mandate, "amount": cents}, &d)
	return &d, err
}

// Debit reads one debit.
func (r *Rail) Debit(ctx context.Context, id string) (*Debit, error) {
	var d Debit
	err := r.invoke(ctx, http.MethodGet, "/v1/direct-debits/"+id, nil, &d)
	return &d, err
}
