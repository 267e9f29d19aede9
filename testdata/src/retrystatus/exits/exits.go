// Package exits: retry loops around a bank API's wrapper that errs on
// every 4xx/5xx with an *APIError carrying the status; the loop must stop
// on every 4xx that a new attempt cannot change, not on one of them.
package exits

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"
)

type APIError struct {
	Code    int
	Message string
}

func (e *APIError) Error() string { return fmt.Sprintf("bank api %d: %s", e.Code, e.Message) }

type Bank struct {
	hc   *http.Client
	base string
}

func (b *Bank) do(ctx context.Context, path, key string, in any) error {
	body, err := json.Marshal(in)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.base+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", key)
	resp, err := b.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return &APIError{Code: resp.StatusCode, Message: resp.Status}
	}
	return nil
}

type Payment struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// SubmitPayment hands back the sender's error untested: it errs on every
// 4xx/5xx as do does, with the same carrier.
func (b *Bank) SubmitPayment(ctx context.Context, key, account string, cents int64) (*Payment, error) {
	var p Payment
	err := b.do(ctx, "/v2/payments", key, map[string]any{"account": account, "amount": cents})
	return &p, err
}

// ---- loops that stop on one 4xx only: reported ------------------------

// Stops on success and on 409; 400/403/422 go round again.
func PayConflictOnly(ctx context.Context, b *Bank, ref, account string, cents int64) error {
	for i := 0; i < 5; i++ {
		_, err := b.SubmitPayment(ctx, ref, account, cents) // want `exits.Bank.SubmitPayment \(POST /v2/payments\) is retried by a for loop \(line 66\): every non-2xx status is retried, including 400/404/422`
		var ae *APIError
		switch {
		case err == nil:
			return nil
		case errors.As(err, &ae) && ae.Code == http.StatusConflict:
			return nil
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return errors.New("payment not submitted")
}

// Stops on 401 only: a rejected payment (400, 422) is sent again.
func PayUnauthorizedOnly(ctx context.Context, b *Bank, ref, account string, cents int64) error {
	var err error
	for attempt := 1; attempt <= 4; attempt++ {
		if _, err = b.SubmitPayment(ctx, ref, account, cents); err == nil {
			return nil
		}
		var ae *APIError
		if errors.As(err, &ae) && ae.Code == http.StatusUnauthorized { // want `statuses 400/403/404/410/422 are retried`
			return err
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// ---- loops that stop on every non-retryable 4xx: silent --------------

// Every 4xx but 429 stops the loop.
func PayRange(ctx context.Context, b *Bank, ref, account string, cents int64) error {
	var err error
	for i := 0; i < 5; i++ {
		if _, err = b.SubmitPayment(ctx, ref, account, cents); err == nil {
			return nil
		}
		var ae *APIError
		if errors.As(err, &ae) && ae.Code >= 400 && ae.Code < 500 && ae.Code != http.StatusTooManyRequests {
			return err
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return err
}

func retryable(code int) bool {
	return code == http.StatusTooManyRequests || code >= 500
}

// The status goes through a predicate that lets only 429/5xx round.
func PayPredicate(ctx context.Context, b *Bank, ref, account string, cents int64) error {
	var err error
	for i := 0; i < 5; i++ {
		if _, err = b.SubmitPayment(ctx, ref, account, cents); err == nil {
			return nil
		}
		var ae *APIError
		if errors.As(err, &ae) && !retryable(ae.Code) {
			return err
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return err
}

func clientFault(err error) bool {
	var ae *APIError
	if errors.As(err, &ae) {
		return ae.Code >= 400 && ae.Code < 500 && ae.Code != 429
	}
	return false
}

// 409 first, then every other 4xx through a helper.
func PayConflictAndHelper(ctx context.Context, b *Bank, ref, account string, cents int64) error {
	var err error
	for i := 0; i < 5; i++ {
		_, err = b.SubmitPayment(ctx, ref, account, cents)
		if err == nil {
			return nil
		}
		var ae *APIError
		if errors.As(err, &ae) && ae.Code == http.StatusConflict {
			return nil
		}
		if clientFault(err) {
			return err
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return err
}

// A wrapper that tests the error before handing it back is no plain
// forwarder: its callers' loops are not read through it.
func (b *Bank) SubmitQuietly(ctx context.Context, key, account string, cents int64) error {
	err := b.do(ctx, "/v2/payments", key, map[string]any{"account": account, "amount": cents})
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

func PayQuietly(ctx context.Context, b *Bank, ref, account string, cents int64) error {
	var err error
	for i := 0; i < 5; i++ {
		err = b.SubmitQuietly(ctx, ref, account, cents)
		var ae *APIError
		if err == nil || errors.As(err, &ae) && ae.Code == http.StatusConflict {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}
