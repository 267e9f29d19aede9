// Package frontdesk takes card payments on the desk terminal. Every
// payment is named by a reference the desk makes and sends with it; the
// desk then reads the payment back by that reference until it is final.
package frontdesk

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"

	"calleridpoll/terminalapi"
	"calleridpoll/waitx"
)

var (
	errDeclined     = errors.New("payment declined")
	errStillPending = errors.New("payment still pending: ask the customer before charging again")
)

// Desk is one front desk.
type Desk struct {
	api      *terminalapi.Client
	terminal string
	hc       *http.Client
	base     string
}

// final: the payment has an answer, approved or not.
func final(p *terminalapi.Payment) bool {
	return p.Status == terminalapi.StatusAuthorised || p.Status == terminalapi.StatusDeclined || p.Status == terminalapi.StatusCancelled
}

// --- reported ---

// TakeCard sends the payment to the terminal under a fresh reference and
// waits through waitx.Until; when the budget ends (false, nil) the pass
// goes round and the terminal gets a second payment while the first may
// still be completing.
func (d *Desk) TakeCard(ctx context.Context, order string, cents int64) (*terminalapi.Payment, error) {
	var last *terminalapi.Payment
	for attempt := 1; attempt <= 2; attempt++ {
		ref := order + "-" + uuid.NewString()[:8]
		if err := d.api.StartPayment(ctx, terminalapi.PaymentRequest{TerminalID: d.terminal, Reference: ref, Amount: cents, Currency: "EUR"}); err != nil { // want `payment terminalapi.Client.StartPayment \(POST /v1/payments\) made again on every pass of the loop \(line \d+\) after waitx.Until \(line \d+\) stops waiting while the payment may still be pending`
			return nil, err
		}
		done, err := waitx.Until(ctx, 90*time.Second, 3*time.Second, func(ctx context.Context) (bool, error) {
			p, err := d.api.PaymentByReference(ctx, ref)
			if err != nil {
				return false, err
			}
			last = p
			return final(p), nil
		})
		if err != nil {
			return nil, err
		}
		if done {
			return last, nil
		}
	}
	return last, errStillPending
}

// TakeCardInPlace polls by the reference in a loop of its own that ends
// at a deadline, then goes round and sends the payment again under a
// new reference (the attempt number).
func (d *Desk) TakeCardInPlace(ctx context.Context, order string, cents int64) (*terminalapi.Payment, error) {
	for attempt := 1; attempt <= 3; attempt++ {
		ref := fmt.Sprintf("%s-try%d", order, attempt)
		req := terminalapi.PaymentRequest{TerminalID: d.terminal, Reference: ref, Amount: cents, Currency: "EUR"}
		if err := d.api.StartPayment(ctx, req); err != nil { // want `payment terminalapi.Client.StartPayment \(POST /v1/payments\) made again on every pass of the loop \(line \d+\) after the poll loop around terminalapi.Client.PaymentByReference`
			return nil, err
		}
		deadline := time.Now().Add(2 * time.Minute)
		for time.Now().Before(deadline) {
			p, err := d.api.PaymentByReference(ctx, ref)
			if err == nil && p.Status == terminalapi.StatusAuthorised {
				return p, nil
			}
			if err == nil && (p.Status == terminalapi.StatusDeclined || p.Status == terminalapi.StatusCancelled) {
				return p, errDeclined
			}
			time.Sleep(3 * time.Second)
		}
	}
	return nil, errStillPending
}

// awaitFinal waits for the payment named reference; on its deadline it
// answers (nil, nil): no answer yet.
func (d *Desk) awaitFinal(ctx context.Context, reference string) (*terminalapi.Payment, error) {
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		p, err := d.api.PaymentByReference(ctx, reference)
		if err != nil {
			return nil, err
		}
		if final(p) {
			return p, nil
		}
		time.Sleep(3 * time.Second)
	}
	return nil, nil
}

// TakeCardDirect posts the payment itself, its body built from the
// reference, and waits through awaitFinal; no answer sends it again.
func (d *Desk) TakeCardDirect(ctx context.Context, order string, cents int64) (*terminalapi.Payment, error) {
	for attempt := 0; attempt < 3; attempt++ {
		ref := uuid.NewString()
		body := map[string]any{"terminalId": d.terminal, "reference": ref, "amount": cents, "currency": "EUR"}
		b, err := json.Marshal(body)
		if err != nil {
			return nil, err
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, d.base+"/v1/payments", bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		resp, err := d.hc.Do(req) // want `payment POST /v1/payments made again on every pass of the loop \(line \d+\) after frontdesk.Desk.awaitFinal \(line \d+\) stops waiting while the payment may still be pending`
		if err != nil {
			return nil, err
		}
		resp.Body.Close()
		p, err := d.awaitFinal(ctx, ref)
		if err != nil {
			return nil, err
		}
		if p != nil {
			return p, nil
		}
	}
	return nil, errStillPending
}

// --- silent ---

// RePoll sends the payment once and only waits again on every pass.
func (d *Desk) RePoll(ctx context.Context, order string, cents int64) (*terminalapi.Payment, error) {
	ref := order + "-" + uuid.NewString()[:8]
	if err := d.api.StartPayment(ctx, terminalapi.PaymentRequest{TerminalID: d.terminal, Reference: ref, Amount: cents, Currency: "EUR"}); err != nil {
		return nil, err
	}
	var last *terminalapi.Payment
	for attempt := 1; attempt <= 3; attempt++ {
		done, err := waitx.Until(ctx, time.Minute, 3*time.Second, func(ctx context.Context) (bool, error) {
			p, err := d.api.PaymentByReference(ctx, ref)
			if err != nil {
				return false, err
			}
			last = p
			return final(p), nil
		})
		if err != nil {
			return nil, err
		}
		if done {
			return last, nil
		}
	}
	return last, errStillPending
}

// RetryDeclined sends a new payment only after the first one is declined:
// a wait that gives up leaves the loop.
func (d *Desk) RetryDeclined(ctx context.Context, order string, cents int64) (*terminalapi.Payment, error) {
	var last *terminalapi.Payment
	for attempt := 1; attempt <= 2; attempt++ {
		ref := order + "-" + uuid.NewString()[:8]
		if err := d.api.StartPayment(ctx, terminalapi.PaymentRequest{TerminalID: d.terminal, Reference: ref, Amount: cents, Currency: "EUR"}); err != nil {
			return nil, err
		}
		done, err := waitx.Until(ctx, 90*time.Second, 3*time.Second, func(ctx context.Context) (bool, error) {
			p, err := d.api.PaymentByReference(ctx, ref)
			if err != nil {
				return false, err
			}
			last = p
			return final(p), nil
		})
		if err != nil {
			return nil, err
		}
		if !done {
			return nil, errStillPending
		}
		if last.Status == terminalapi.StatusAuthorised {
			return last, nil
		}
	}
	return last, errDeclined
}

// CancelThenRetry cancels the payment it gave up on before sending a new
// one: the first can no longer complete.
func (d *Desk) CancelThenRetry(ctx context.Context, order string, cents int64) (*terminalapi.Payment, error) {
	var last *terminalapi.Payment
	for attempt := 1; attempt <= 2; attempt++ {
		ref := order + "-" + uuid.NewString()[:8]
		if err := d.api.StartPayment(ctx, terminalapi.PaymentRequest{TerminalID: d.terminal, Reference: ref, Amount: cents, Currency: "EUR"}); err != nil {
			return nil, err
		}
		done, err := waitx.Until(ctx, 90*time.Second, 3*time.Second, func(ctx context.Context) (bool, error) {
			p, err := d.api.PaymentByReference(ctx, ref)
			if err != nil {
				return false, err
			}
			last = p
			return final(p), nil
		})
		if err != nil {
			return nil, err
		}
		if done {
			return last, nil
		}
		if err := d.api.CancelPayment(ctx, ref); err != nil {
			return nil, err
		}
	}
	return last, errStillPending
}

// TakeOnce sends the payment and waits once: no loop goes round.
func (d *Desk) TakeOnce(ctx context.Context, order string, cents int64) (*terminalapi.Payment, error) {
	ref := order + "-" + uuid.NewString()[:8]
	if err := d.api.StartPayment(ctx, terminalapi.PaymentRequest{TerminalID: d.terminal, Reference: ref, Amount: cents, Currency: "EUR"}); err != nil {
		return nil, err
	}
	return d.awaitFinal(ctx, ref)
}

// Pending is an order waiting at the desk.
type Pending struct {
	Order string
	Cents int64
}

// TakeEach takes one payment per waiting order, each under its own
// reference: a loop over orders, not a payment sent again.
func (d *Desk) TakeEach(ctx context.Context, orders []Pending) error {
	for i := 0; i < len(orders); i++ {
		ref := orders[i].Order + "-" + uuid.NewString()[:8]
		if err := d.api.StartPayment(ctx, terminalapi.PaymentRequest{TerminalID: d.terminal, Reference: ref, Amount: orders[i].Cents, Currency: "EUR"}); err != nil {
			return err
		}
		if _, err := d.awaitFinal(ctx, ref); err != nil {
			return err
		}
	}
	return nil
}

// RetrySend retries only the sending, under one reference, before any
// read; the wait comes once, after the loop.
func (d *Desk) RetrySend(ctx context.Context, order string, cents int64) (*terminalapi.Payment, error) {
	ref := order + "-" + uuid.NewString()[:8]
	var err error
	for attempt := 1; attempt <= 3; attempt++ {
		if err = d.api.StartKeyedPayment(ctx, ref, cents, "EUR"); err == nil {
			break
		}
		time.Sleep(2 * time.Second)
	}
	if err != nil {
		return nil, err
	}
	return d.awaitFinal(ctx, ref)
}

// ResendKeyed sends the payment again after the wait gives up, but under
// the same reference, which is the request's idempotency key: the
// gateway answers with the first payment, so the desk keeps waiting for
// that one.
func (d *Desk) ResendKeyed(ctx context.Context, order string, cents int64) (*terminalapi.Payment, error) {
	ref := order + "-desk"
	for attempt := 1; attempt <= 3; attempt++ {
		if err := d.api.StartKeyedPayment(ctx, ref, cents, "EUR"); err != nil {
			return nil, err
		}
		p, err := d.awaitFinal(ctx, ref)
		if err != nil {
			return nil, err
		}
		if p != nil {
			return p, nil
		}
	}
	return nil, errStillPending
}
