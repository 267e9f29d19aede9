// Package getonly: the same retrying dispatcher with its key per request,
// used only to read direct debits: a GET sends no payment, retried or not.
package getonly

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
		res, derr := r.web.Do(req)
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

// Debit reads one debit.
func (r *Rail) Debit(ctx context.Context, id string) (*Debit, error) {
	var d Debit
	err := r.invoke(ctx, http.MethodGet, "/v1/direct-debits/"+id, nil, &d)
	return &d, err
}
