// Package freecond: retry loops whose way round passes a test that reads
// no outcome of the attempt — an attempt cap, a deadline, the context —
// under a test that does. Every outcome reaching such a test may go either
// way, so what reaches it is judged as going round.
package freecond

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

const api = "https://api.exirom.example/v2"

var errGaveUp = errors.New("exirom: gave up")

type Acquirer struct {
	HC         *http.Client
	MaxTries   int
	RetryOn4xx bool
}

func (a *Acquirer) req(ctx context.Context, body []byte) *http.Request {
	r, _ := http.NewRequestWithContext(ctx, http.MethodPost, api+"/payments", bytes.NewReader(body))
	r.Header.Set("Idempotency-Key", "auth-42")
	return r
}

// --- flagged ---

// Authorise gives a 4xx two more chances under an attempt cap: a refusal
// comes back the same.
func (a *Acquirer) Authorise(ctx context.Context, body []byte) (*http.Response, error) {
	for try := 0; ; try++ {
		resp, err := a.HC.Do(a.req(ctx, body))
		if err == nil && resp.StatusCode < 300 {
			return resp, nil
		}
		if err == nil && resp.StatusCode >= 400 && resp.StatusCode < 500 { // want `POST /v2/payments is retried by a for loop \(line 39\): every non-2xx status is retried, including 400/404/422`
			if try < 2 {
				time.Sleep(3 * time.Second)
				continue
			}
			return resp, nil
		}
		if try >= a.MaxTries {
			return nil, errGaveUp
		}
		time.Sleep(3 * time.Second)
	}
}

// Confirm sends a card error round while the deadline allows.
func Confirm(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	deadline := time.Now().Add(30 * time.Second)
	for {
		pi, err := paymentintent.Confirm(id, nil)
		if err == nil {
			return pi, nil
		}
		var se *stripe.Error
		if errors.As(err, &se) && se.Type == stripe.ErrorTypeCard { // want `stripe paymentintent.Confirm is retried by a for loop \(line 61\): stripe errors of type card_error are retried`
			if time.Now().Before(deadline) && ctx.Err() == nil {
				time.Sleep(2 * time.Second)
				continue
			}
		}
		return nil, err
	}
}

// Capture mixes the cap into the test of the answer.
func (a *Acquirer) Capture(ctx context.Context, body []byte) (*http.Response, error) {
	for n := 1; n <= 4; n++ {
		resp, err := a.HC.Do(a.req(ctx, body))
		if n < 4 && (err != nil || resp.StatusCode != http.StatusOK) { // want `POST /v2/payments is retried by a for loop \(line 79\): every non-2xx status is retried`
			time.Sleep(time.Duration(n) * 2 * time.Second)
			continue
		}
		return resp, err
	}
	return nil, errGaveUp
}

// --- silent ---

// AuthoriseTransient gives only 429 and 5xx more chances under the cap.
func (a *Acquirer) AuthoriseTransient(ctx context.Context, body []byte) (*http.Response, error) {
	for try := 0; ; try++ {
		resp, err := a.HC.Do(a.req(ctx, body))
		if err != nil || resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
			if try < 2 {
				time.Sleep(3 * time.Second)
				continue
			}
			return nil, errGaveUp
		}
		return resp, nil
	}
}

// Flagged sets a flag under a test of the answer: the flag carries that
// test (only 5xx set it), it is not free of the outcome.
func (a *Acquirer) Flagged(ctx context.Context, body []byte) (*http.Response, error) {
	for try := 0; try < 3; try++ {
		resp, err := a.HC.Do(a.req(ctx, body))
		transient := false
		if err != nil || resp.StatusCode >= 500 {
			transient = true
		}
		if transient {
			if try < 2 {
				time.Sleep(3 * time.Second)
				continue
			}
		}
		return resp, err
	}
	return nil, errGaveUp
}

// Optin retries a 4xx only when the acquirer is set up to (a setting, not
// a counter): not judged.
func (a *Acquirer) Optin(ctx context.Context, body []byte) (*http.Response, error) {
	for try := 0; try < 3; try++ {
		resp, err := a.HC.Do(a.req(ctx, body))
		if err == nil && resp.StatusCode >= 400 && resp.StatusCode < 500 {
			if a.RetryOn4xx {
				time.Sleep(3 * time.Second)
				continue
			}
			return resp, nil
		}
		if err == nil {
			return resp, nil
		}
		time.Sleep(3 * time.Second)
	}
	return nil, errGaveUp
}

// Probe asks a function of its own whether to go round: it may read what
// the attempt left behind.
func (a *Acquirer) Probe(ctx context.Context, body []byte) (*http.Response, error) {
	for try := 0; try < 3; try++ {
		resp, err := a.HC.Do(a.req(ctx, body))
		if err == nil && resp.StatusCode >= 400 && resp.StatusCode < 500 {
			if a.stillLocked(ctx) {
				time.Sleep(3 * time.Second)
				continue
			}
		}
		return resp, err
	}
	return nil, errGaveUp
}

func (a *Acquirer) stillLocked(ctx context.Context) bool { return ctx.Err() == nil }

// Classified asks its own method, at the top of the body, whether to go
// round: the answer may carry what the attempt left behind.
func (a *Acquirer) Classified(ctx context.Context, body []byte) (*http.Response, error) {
	for try := 0; try < 3; try++ {
		resp, err := a.HC.Do(a.req(ctx, body))
		again := a.stillLocked(ctx)
		if err == nil && resp.StatusCode >= 400 && resp.StatusCode < 500 {
			if again {
				time.Sleep(3 * time.Second)
				continue
			}
		}
		return resp, err
	}
	return nil, errGaveUp
}

// Budgeted gives a 4xx the attempts left in its budget: a cap all the
// same (flagged).
func (a *Acquirer) Budgeted(ctx context.Context, body []byte) (*http.Response, error) {
	for try := 0; try < 5; try++ {
		resp, err := a.HC.Do(a.req(ctx, body))
		left := a.MaxTries - try
		if err == nil && resp.StatusCode >= 400 { // want `POST /v2/payments is retried by a for loop \(line \d+\): every non-2xx status is retried, including 400/404/422`
			if left > 0 {
				time.Sleep(3 * time.Second)
				continue
			}
		}
		return resp, err
	}
	return nil, errGaveUp
}
