// Package decodeok: senders that hand back the answer's status as an int
// and fail only on transport errors — and, on a success, on a body that
// does not decode. A caller that tests the int is judged as if it held
// the response.
package decodeok

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"
)

type Wallet struct {
	HC   *http.Client
	Root string
}

// charge decodes the answer only when it is 200, and says so when that
// fails; every refusal comes back as its status with a nil error.
func (w *Wallet) charge(ctx context.Context, body []byte, into any) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.Root+"/charges", bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	resp, err := w.HC.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode == http.StatusOK && into != nil {
		if uerr := json.Unmarshal(raw, into); uerr != nil {
			return resp.StatusCode, fmt.Errorf("wallet: bad charge body: %w", uerr)
		}
	}
	return resp.StatusCode, nil
}

// payout decodes any answer below 400: a refusal still comes back as its
// status with a nil error.
func (w *Wallet) payout(ctx context.Context, body []byte, into any) (int, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, w.Root+"/payouts", bytes.NewReader(body))
	resp, err := w.HC.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 400 {
		if derr := json.NewDecoder(resp.Body).Decode(into); derr != nil {
			return resp.StatusCode, derr
		}
	}
	return resp.StatusCode, nil
}

// refund errs whenever the caller asked for the body and it did not
// decode, whatever the status: no summary.
func (w *Wallet) refund(ctx context.Context, body []byte, into any) (int, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, w.Root+"/refunds", bytes.NewReader(body))
	resp, err := w.HC.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if into != nil {
		if derr := json.NewDecoder(resp.Body).Decode(into); derr != nil {
			return resp.StatusCode, derr
		}
	}
	return resp.StatusCode, nil
}

type Receipt struct{ ID string }

// --- flagged ---

// Pay sends every answer but a decoded 200 round again: a 402 or 422
// comes back the same each time.
func (w *Wallet) Pay(ctx context.Context, body []byte) (*Receipt, error) {
	var rc Receipt
	for i := 0; i < 3; i++ {
		code, err := w.charge(ctx, body, &rc)
		if err != nil || code != http.StatusOK { // want `decodeok.Wallet.charge \(POST /charges\) is retried by a for loop \(line \d+\): every non-2xx status is retried`
			time.Sleep(time.Duration(2<<i) * time.Second)
			continue
		}
		return &rc, nil
	}
	return nil, errors.New("wallet: charge failed")
}

// PayOut goes round on every answer but 200.
func (w *Wallet) PayOut(ctx context.Context, body []byte) error {
	for i := 0; i < 3; i++ {
		code, err := w.payout(ctx, body, &Receipt{})
		if err == nil && code == http.StatusOK { // want `decodeok.Wallet.payout \(POST /payouts\) is retried by a for loop \(line \d+\): every non-2xx status is retried`
			return nil
		}
		time.Sleep(time.Duration(2<<i) * time.Second)
	}
	return errors.New("wallet: payout failed")
}

// --- silent ---

// PayTransient sends only 429 and 5xx round again.
func (w *Wallet) PayTransient(ctx context.Context, body []byte) (*Receipt, error) {
	var rc Receipt
	for i := 0; i < 3; i++ {
		code, err := w.charge(ctx, body, &rc)
		if err == nil && code == http.StatusOK {
			return &rc, nil
		}
		if err == nil && code != http.StatusTooManyRequests && code < 500 {
			return nil, fmt.Errorf("wallet: refused %d", code)
		}
		time.Sleep(time.Duration(2<<i) * time.Second)
	}
	return nil, errors.New("wallet: charge failed")
}

// Refund tests an int whose error may be set on a 4xx too (the body is
// decoded whatever the status): not read.
func (w *Wallet) Refund(ctx context.Context, body []byte) error {
	for i := 0; i < 3; i++ {
		code, err := w.refund(ctx, body, &Receipt{})
		if err == nil && code == http.StatusOK {
			return nil
		}
		time.Sleep(time.Duration(2<<i) * time.Second)
	}
	return errors.New("wallet: refund failed")
}
