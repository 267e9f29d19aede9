// Package walletpay tops up customer wallets from saved cards and pays
// out withdrawals.
package walletpay

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v5"
	"github.com/google/uuid"
)

// PSP is the card processor's REST API.
type PSP struct {
	Base string
	HC   *http.Client
}

// TopUp is one wallet top-up, stored before we charge.
type TopUp struct {
	ID       string
	WalletID string
	Amount   int64
}

// StatusError is a non-2xx answer.
type StatusError struct{ Code int }

func (e *StatusError) Error() string { return fmt.Sprintf("psp: status %d", e.Code) }

func (p *PSP) charge(ctx context.Context, t TopUp, reference string) (string, error) {
	b, _ := json.Marshal(map[string]any{"amount": t.Amount, "currency": "EUR", "reference": reference})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, p.Base+"/v2/charges", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Idempotency-Key", reference)
	resp, err := p.HC.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return "", &StatusError{Code: resp.StatusCode}
	}
	var out struct{ ID string }
	return out.ID, json.NewDecoder(resp.Body).Decode(&out)
}

// ChargeTopUp charges with a reference made for this attempt run.
func (p *PSP) ChargeTopUp(ctx context.Context, t TopUp) (string, error) {
	return backoff.Retry(ctx, func() (string, error) { // charge turns every non-201 answer into a *StatusError and the operation never marks one backoff.Permanent, so 400/404/409/422 are retried (reported at the call, line 55)
		return p.charge(ctx, t, "topup-"+uuid.NewString()) // want "\\[idempotency\\] walletpay.PSP.charge .POST /v2/charges. is retried by backoff.Retry .line 54. with an idempotency key made anew on every attempt" "\\[retrystatus\\] walletpay.PSP.charge .POST /v2/charges. is retried by backoff.Retry .line 54.: every non-2xx status is retried"
	}, backoff.WithBackOff(backoff.NewExponentialBackOff()), backoff.WithMaxTries(4))
}

// ChargeTopUpKeyed keys by the stored top-up; 4xx answers are permanent.
func (p *PSP) ChargeTopUpKeyed(ctx context.Context, t TopUp) (string, error) {
	ref := "topup-" + t.ID
	return backoff.Retry(ctx, func() (string, error) {
		id, err := p.charge(ctx, t, ref)
		var se *StatusError
		if asStatus(err, &se) && se.Code < 500 && se.Code != http.StatusTooManyRequests {
			return "", backoff.Permanent(err)
		}
		return id, err
	}, backoff.WithBackOff(backoff.NewExponentialBackOff()), backoff.WithMaxElapsedTime(2*time.Minute))
}

// ChargeTopUpAnyError retries whatever the PSP answered.
func (p *PSP) ChargeTopUpAnyError(ctx context.Context, t TopUp) (string, error) {
	ref := "topup-" + t.ID
	return backoff.Retry(ctx, func() (string, error) { // charge turns every non-201 answer into a *StatusError and nothing marks 4xx backoff.Permanent, so 400/404/409/422 are retried (the key is stable, the status handling is not; reported at the call, line 76)
		return p.charge(ctx, t, ref) // want "\\[retrystatus\\] walletpay.PSP.charge .POST /v2/charges. is retried by backoff.Retry .line 75.: every non-2xx status is retried"
	}, backoff.WithBackOff(backoff.NewExponentialBackOff()), backoff.WithMaxTries(5))
}

func asStatus(err error, target **StatusError) bool {
	se, ok := err.(*StatusError)
	if ok {
		*target = se
	}
	return ok
}
