// Package payouts sends marketplace payouts through retry helpers of its
// own package that test the answer's status themselves.
package payouts

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"time"
)

type Sender struct {
	api string
	hc  *http.Client
}

// tryUntilCreated leaves only on 201: every other answer, 4xx refusals
// included, is made an error and sent round after a growing pause.
func tryUntilCreated(ctx context.Context, max int, attempt func() (*http.Response, error)) (*http.Response, error) {
	pause := 500 * time.Millisecond
	var failure error
	for n := 1; n <= max; n++ {
		res, err := attempt()
		if err == nil && res.StatusCode == http.StatusCreated { // want `POST /v1/payouts is retried by tryUntilCreated \(line \d+\): every non-2xx status is retried, including 400/404/422`
			return res, nil
		}
		if err == nil {
			msg, _ := io.ReadAll(res.Body)
			res.Body.Close()
			err = fmt.Errorf("payouts: HTTP %d: %s", res.StatusCode, msg)
		}
		failure = err
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		time.Sleep(pause)
		pause *= 2
	}
	return nil, failure
}

// tryTransient hands back every answer below 500 but 429: only server
// errors and rate limits go round.
func tryTransient(ctx context.Context, max int, attempt func() (*http.Response, error)) (*http.Response, error) {
	pause := 500 * time.Millisecond
	var failure error
	for n := 1; n <= max; n++ {
		res, err := attempt()
		if err == nil && res.StatusCode != http.StatusTooManyRequests && res.StatusCode < 500 {
			return res, nil
		}
		if err == nil {
			res.Body.Close()
			err = fmt.Errorf("payouts: HTTP %d", res.StatusCode)
		}
		failure = err
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		time.Sleep(pause)
		pause *= 2
	}
	return nil, failure
}

// Pay: a payout refused with 400/422 is sent again with the same answer.
func (s *Sender) Pay(ctx context.Context, sellerID string, cents int64) error {
	res, err := tryUntilCreated(ctx, 5, func() (*http.Response, error) {
		body := fmt.Sprintf(`{"seller":%q,"amount":%d,"currency":"eur"}`, sellerID, cents)
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.api+"/v1/payouts", bytes.NewBufferString(body))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Idempotency-Key", "payout-"+sellerID)
		return s.hc.Do(req)
	})
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// PayTransient (look-alike): the same payout sent round only on 429/5xx.
func (s *Sender) PayTransient(ctx context.Context, sellerID string, cents int64) error {
	res, err := tryTransient(ctx, 5, func() (*http.Response, error) {
		body := fmt.Sprintf(`{"seller":%q,"amount":%d,"currency":"eur"}`, sellerID, cents)
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.api+"/v1/payouts", bytes.NewBufferString(body))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Idempotency-Key", "payout-"+sellerID)
		return s.hc.Do(req)
	})
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode >= 300 {
		return fmt.Errorf("payout: HTTP %d", res.StatusCode)
	}
	return nil
}
