// Package app sends refunds and captures to an acquirer through retry
// helpers that test the answer's status themselves.
package app

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"retrystatus/resphelper/gw"
)

type Acquirer struct {
	base string
	hc   *http.Client
}

func (a *Acquirer) refundReq(ctx context.Context, paymentID string, body []byte) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.base+"/v3/payments/"+paymentID+"/refunds", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", "refund-"+paymentID)
	return req, nil
}

// A refund sent through a helper of another package that goes round on
// every non-2xx: the acquirer's 400/404/422 refusals are sent again.
func (a *Acquirer) Refund(ctx context.Context, paymentID string, body []byte) error {
	res, err := gw.UntilOK(ctx, 4, func() (*http.Response, error) { // want `POST /v3/payments/{}/refunds is retried by gw.UntilOK \(line 33\): every non-2xx status is retried, including 400/404/422`
		req, err := a.refundReq(ctx, paymentID, body)
		if err != nil {
			return nil, err
		}
		return a.hc.Do(req)
	})
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// Look-alike: the helper hands back every 4xx; only 5xx and 429 go round.
func (a *Acquirer) RefundTransient(ctx context.Context, paymentID string, body []byte) error {
	res, err := gw.Transient(ctx, 4, func() (*http.Response, error) {
		req, err := a.refundReq(ctx, paymentID, body)
		if err != nil {
			return nil, err
		}
		return a.hc.Do(req)
	})
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode >= 300 {
		return fmt.Errorf("refund: HTTP %d", res.StatusCode)
	}
	return nil
}

// Look-alike: only transport failures go round.
func (a *Acquirer) RefundNetwork(ctx context.Context, paymentID string, body []byte) error {
	res, err := gw.Network(3, func() (*http.Response, error) {
		req, err := a.refundReq(ctx, paymentID, body)
		if err != nil {
			return nil, err
		}
		resp, err := a.hc.Do(req)
		return resp, err
	})
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// Look-alike: a predicate decides, paylint cannot tell which statuses.
func (a *Acquirer) RefundJudged(ctx context.Context, paymentID string, body []byte, retryable func(*http.Response) bool) error {
	res, err := gw.Judged(3, retryable, func() (*http.Response, error) {
		req, err := a.refundReq(ctx, paymentID, body)
		if err != nil {
			return nil, err
		}
		return a.hc.Do(req)
	})
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// Look-alike: the callback is no payment call (a metrics beacon).
func (a *Acquirer) Beacon(ctx context.Context, body []byte) error {
	res, err := gw.UntilOK(ctx, 3, func() (*http.Response, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.base+"/internal/metrics", bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		return a.hc.Do(req)
	})
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// attempt is this package's own helper: it leaves on 201 only and
// calls again on every other answer. Reported at its condition, once.
func attempt(tries int, send func() (*http.Response, error)) (*http.Response, error) {
	var last error
	for i := 1; i <= tries; i++ {
		res, err := send()
		switch {
		case err != nil:
			last = err
		case res.StatusCode == http.StatusCreated: // want `POST /v3/payments/{}/capture is retried by attempt \(line 133\): every non-2xx status is retried, including 400/404/422`
			return res, nil
		default:
			res.Body.Close()
			last = fmt.Errorf("HTTP %d", res.StatusCode)
		}
		slog.Warn("capture attempt failed", "attempt", i, "err", last)
		time.Sleep(time.Duration(i) * 2 * time.Second)
	}
	return nil, last
}

func (a *Acquirer) Capture(ctx context.Context, paymentID string, body []byte) error {
	res, err := attempt(3, func() (*http.Response, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.base+"/v3/payments/"+paymentID+"/capture", bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Idempotency-Key", "capture-"+paymentID)
		return a.hc.Do(req)
	})
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// lenient is a local helper whose 4xx are handed back: silent.
func lenient(tries int, send func() (*http.Response, error)) (*http.Response, error) {
	var last error
	for i := 1; i <= tries; i++ {
		res, err := send()
		if err != nil {
			last = err
		} else if res.StatusCode < 500 {
			return res, nil
		} else {
			res.Body.Close()
			last = fmt.Errorf("HTTP %d", res.StatusCode)
		}
		time.Sleep(time.Duration(i) * 2 * time.Second)
	}
	return nil, last
}

func (a *Acquirer) Void(ctx context.Context, paymentID string) error {
	res, err := lenient(3, func() (*http.Response, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.base+"/v3/payments/"+paymentID+"/void", nil)
		if err != nil {
			return nil, err
		}
		req.Header.Set("Idempotency-Key", "void-"+paymentID)
		return a.hc.Do(req)
	})
	if err != nil {
		return err
	}
	return res.Body.Close()
}
