// Package errmaker: operations handed to a retry library that return the
// error of a helper making a new error on every path. The helper's error
// asks for another attempt as surely as fmt.Errorf would, so a refusal
// (400/404/409/422) is retried.
package errmaker

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/avast/retry-go/v4"
	"github.com/cenkalti/backoff/v4"
)

type gatewayError struct {
	Code   int
	Detail string
}

func (e gatewayError) Error() string { return fmt.Sprintf("gateway %d: %s", e.Code, e.Detail) }

// readFailure builds the error of an answer, whatever its status.
func readFailure(resp *http.Response) error {
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	return gatewayError{Code: resp.StatusCode, Detail: string(b)}
}

// wrapFailure: a maker returning another maker's error, or fmt.Errorf.
func wrapFailure(resp *http.Response, what string) error {
	if resp.ContentLength == 0 {
		return fmt.Errorf("%s: status %d", what, resp.StatusCode)
	}
	return readFailure(resp)
}

var errUnavailable = errors.New("unavailable")

// classify stops on every refusal: backoff.Permanent for 4xx.
func classify(resp *http.Response) error {
	if resp.StatusCode >= 400 && resp.StatusCode < 500 && resp.StatusCode != 429 {
		return backoff.Permanent(readFailure(resp))
	}
	return errUnavailable
}

// checkAnswer returns nil for some answers: what it returns is not known.
func checkAnswer(resp *http.Response) error {
	if resp.StatusCode == http.StatusConflict {
		return nil // the same key already went through
	}
	return readFailure(resp)
}

type Payouts struct {
	hc   *http.Client
	base string
}

// Capture: retry-go around a capture POST; every non-2xx answer comes
// back as readFailure's error.
func (p *Payouts) Capture(ctx context.Context, paymentID string, amount int64) error {
	body, _ := json.Marshal(map[string]int64{"amount": amount})
	return retry.Do(func() error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.base+"/v2/payments/"+paymentID+"/captures", bytes.NewReader(body))
		if err != nil {
			return retry.Unrecoverable(err)
		}
		req.Header.Set("Idempotency-Key", "cap-"+paymentID)
		resp, err := p.hc.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode/100 != 2 { // want `every non-2xx status is retried`
			return readFailure(resp)
		}
		return nil
	}, retry.Attempts(4), retry.Context(ctx))
}

// Refund: cenkalti/backoff, the error made two helpers deep.
func (p *Payouts) Refund(ctx context.Context, paymentID, refundID string) error {
	return backoff.Retry(func() error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, fmt.Sprintf("%s/v2/payments/%s/refunds", p.base, paymentID), nil)
		if err != nil {
			return backoff.Permanent(err)
		}
		req.Header.Set("Idempotency-Key", refundID)
		resp, err := p.hc.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 300 { // want `every non-2xx status is retried`
			return wrapFailure(resp, "refund")
		}
		return nil
	}, backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 3), ctx))
}

// CaptureClassified: the helper marks refusals Permanent. Silent.
func (p *Payouts) CaptureClassified(ctx context.Context, paymentID string) error {
	return backoff.Retry(func() error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.base+"/v2/payments/"+paymentID+"/captures", nil)
		if err != nil {
			return backoff.Permanent(err)
		}
		req.Header.Set("Idempotency-Key", "cap-"+paymentID)
		resp, err := p.hc.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 300 {
			return classify(resp)
		}
		return nil
	}, backoff.NewExponentialBackOff())
}

// RefundChecked: the helper returns nil on 409; what it returns for a
// refusal is not a plain error on every path. Silent.
func (p *Payouts) RefundChecked(ctx context.Context, paymentID, refundID string) error {
	return backoff.Retry(func() error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.base+"/v2/payments/"+paymentID+"/refunds", nil)
		if err != nil {
			return backoff.Permanent(err)
		}
		req.Header.Set("Idempotency-Key", refundID)
		resp, err := p.hc.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 300 {
			return checkAnswer(resp)
		}
		return nil
	}, backoff.NewExponentialBackOff())
}

// RefundTransient: the helper's error is returned only for 5xx and 429.
// Silent.
func (p *Payouts) RefundTransient(ctx context.Context, paymentID, refundID string) error {
	return backoff.Retry(func() error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.base+"/v2/payments/"+paymentID+"/refunds", nil)
		if err != nil {
			return backoff.Permanent(err)
		}
		req.Header.Set("Idempotency-Key", refundID)
		resp, err := p.hc.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests {
			return readFailure(resp)
		}
		if resp.StatusCode >= 300 {
			return backoff.Permanent(readFailure(resp))
		}
		return nil
	}, backoff.NewExponentialBackOff())
}
