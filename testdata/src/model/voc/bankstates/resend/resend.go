// Package resend polls a bank transfer and sends a new one once the bank
// says the first came back: returned (the receiving bank refused it) and
// reversed are terminal failures, like failed; resending on a state that
// is still moving pays twice.
package resend

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"
)

type transfer struct {
	ID    string `json:"id"`
	State string `json:"state"`
}

type Rail struct {
	HC   *http.Client
	Base string
}

func (r *Rail) call(ctx context.Context, method, path string, in, out any) error {
	b, _ := json.Marshal(in)
	req, err := http.NewRequestWithContext(ctx, method, r.Base+path, bytes.NewReader(b))
	if err != nil {
		return err
	}
	resp, err := r.HC.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

func (r *Rail) send(ctx context.Context, key, iban string, cents int64) (*transfer, error) {
	var t transfer
	err := r.call(ctx, http.MethodPost, "/v2/transfers", map[string]any{"iban": iban, "amount": cents, "idempotency_key": key}, &t)
	return &t, err
}

func (r *Rail) get(ctx context.Context, id string) (*transfer, error) {
	var t transfer
	err := r.call(ctx, http.MethodGet, "/v2/transfers/"+id, nil, &t)
	return &t, err
}

// ResendReturned sends anew only after a return or a reversal.
func (r *Rail) ResendReturned(ctx context.Context, key, iban string, cents int64, id string) error {
	for i := 0; i < 60; i++ {
		t, err := r.get(ctx, id)
		if err != nil {
			return err
		}
		switch t.State {
		case "EXECUTED":
			return nil
		case "RETURNED", "REVERSED":
			nt, err := r.send(ctx, key+"-again", iban, cents)
			if err != nil {
				return err
			}
			id = nt.ID
		}
		time.Sleep(20 * time.Second)
	}
	return errors.New("transfer still moving")
}

// ResendWhileReturning sends anew while the return is only under way.
func (r *Rail) ResendWhileReturning(ctx context.Context, key, iban string, cents int64, id string) error {
	for i := 0; i < 60; i++ {
		t, err := r.get(ctx, id)
		if err != nil {
			return err
		}
		switch t.State {
		case "EXECUTED":
			return nil
		case "RETURN_PENDING":
			nt, err := r.send(ctx, key+"-again", iban, cents) // want `new payment created inside the loop that polls payment id`
			if err != nil {
				return err
			}
			id = nt.ID
		}
		time.Sleep(20 * time.Second)
	}
	return errors.New("transfer still moving")
}
