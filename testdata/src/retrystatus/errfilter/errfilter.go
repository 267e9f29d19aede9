// Package errfilter: in-house retry helpers that test what a failed
// attempt answered before calling the callback again. A helper that
// sends round only the errors whose status may change (429, 5xx) does
// not retry refusals, whatever its callback returns; one whose test the
// model cannot read keeps the rule silent; one that sends 4xx round too
// is still reported.
package errfilter

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
)

// gatewayErr carries the gateway's answer.
type gatewayErr struct {
	HTTPStatus int
	Reason     string
}

func (e *gatewayErr) Error() string { return fmt.Sprintf("gateway: %d %s", e.HTTPStatus, e.Reason) }

// check turns every non-2xx answer into a *gatewayErr carrying it.
func check(resp *http.Response) error {
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return &gatewayErr{HTTPStatus: resp.StatusCode}
	}
	return nil
}

// temporary: only a throttled or failing gateway may answer otherwise.
func temporary(err error) bool {
	var ge *gatewayErr
	if !errors.As(err, &ge) {
		return true // no answer at all: the network
	}
	switch ge.HTTPStatus {
	case http.StatusTooManyRequests, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}

// attempt calls op until it succeeds, up to tries times, giving up at
// once on an answer that will not change.
func attempt(ctx context.Context, tries int, op func() error) error {
	var err error
	for n := 1; n <= tries; n++ {
		err = op()
		if err == nil {
			return nil
		}
		if !temporary(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(n) * time.Second):
		}
	}
	return err
}

const payouts = "https://api.gateway.example/v2/payouts"

// Look-alike: the helper stops on a 4xx carried by the error.
func sendPayout(ctx context.Context, hc *http.Client, body []byte, key string) error {
	return attempt(ctx, 4, func() error {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, payouts, bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", key)
		resp, err := hc.Do(req)
		if err != nil {
			return err
		}
		return check(resp)
	})
}

// stubborn sends round every status from 400 up: refusals too.
func stubborn(ctx context.Context, op func() error) error {
	var err error
	for i := 0; i < 5; i++ {
		if err = op(); err == nil {
			return nil
		}
		var ge *gatewayErr
		if errors.As(err, &ge) && ge.HTTPStatus < 400 {
			return err
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return err
}

// Reported: the helper's test lets 400/404/422 go round.
func sendPayoutStubborn(ctx context.Context, hc *http.Client, body []byte, key string) error {
	return stubborn(ctx, func() error {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, payouts, bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", key)
		resp, err := hc.Do(req)
		if err != nil {
			return err
		}
		return check(resp) // want `POST /v2/payouts is retried by stubborn \(line 104\): every non-2xx status is retried`
	})
}

var errRetryLater = errors.New("retry later")

// opaque leaves on a test the model does not read (an errors.Is of a
// sentinel the callback may wrap): unknown, silent.
func opaque(op func() error) error {
	var err error
	for i := 0; i < 3; i++ {
		if err = op(); err == nil || !errors.Is(err, errRetryLater) {
			return err
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// Look-alike: which answers go round is not known.
func sendPayoutOpaque(ctx context.Context, hc *http.Client, body []byte, key string) error {
	return opaque(func() error {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, payouts, bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", key)
		resp, err := hc.Do(req)
		if err != nil {
			return err
		}
		return check(resp)
	})
}

// blind sends every error round: reported.
func blind(op func() error) error {
	var err error
	for i := 0; i < 3; i++ {
		if err = op(); err == nil {
			return nil
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return err
}

func sendPayoutBlind(ctx context.Context, hc *http.Client, body []byte, key string) error {
	return blind(func() error {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, payouts, bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", key)
		resp, err := hc.Do(req)
		if err != nil {
			return err
		}
		return check(resp) // want `POST /v2/payouts is retried by blind \(line 156\): every non-2xx status is retried`
	})
}

// retryable says which answers of the SDK may change.
func retryable(code int) bool {
	return code == http.StatusTooManyRequests || code >= http.StatusInternalServerError
}

// callSDK hands the SDK's answer to the helper, which stops unless the
// status is one that may change (the SDK errs on every status >= 300).
func callSDK(ctx context.Context, call func() (*http.Response, error)) error {
	for try := 0; try < 4; try++ {
		r, err := call()
		if err == nil {
			return nil
		}
		if r != nil && !retryable(r.StatusCode) {
			return err
		}
		time.Sleep(time.Duration(1<<try) * time.Second)
	}
	return errors.New("gave up")
}

// Look-alike: the helper stops on a refusal the SDK reported.
func refund(ctx context.Context, api *checkout.APIClient, in checkout.ModificationsApiRefundCapturedPaymentInput) error {
	return callSDK(ctx, func() (*http.Response, error) {
		_, res, err := api.ModificationsApi.RefundCapturedPayment(ctx, in)
		return res, err
	})
}

// callSDKAny sends every failed answer round.
func callSDKAny(call func() (*http.Response, error)) error {
	for try := 0; try < 4; try++ {
		if _, err := call(); err == nil {
			return nil
		}
		time.Sleep(time.Duration(1<<try) * time.Second)
	}
	return errors.New("gave up")
}

func refundAny(ctx context.Context, api *checkout.APIClient, in checkout.ModificationsApiRefundCapturedPaymentInput) error {
	return callSDKAny(func() (*http.Response, error) {
		_, res, err := api.ModificationsApi.RefundCapturedPayment(ctx, in)
		return res, err // want `adyen ModificationsApi.RefundCapturedPayment is retried by callSDKAny \(line 208\): every non-2xx status is retried`
	})
}
