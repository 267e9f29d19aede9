// Package waitagain pays, then waits for the payment through a function
// of its own that polls and stops after a while. When that function
// stops while the payment is still pending and the loop pays again, two
// payments can go through.
package waitagain

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"

	"pollcreate/gaps2/until"
)

type billing struct {
	hc   *http.Client
	base string
}

type invoice struct {
	ID    string `json:"id"`
	State string `json:"state"`
}

var errTimeout = errors.New("billing: wait timed out")

func (b *billing) do(req *http.Request, out any) error {
	resp, err := b.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if out == nil {
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// charge asks the provider to take the invoice's amount from the card on
// file: a new charge attempt of the existing invoice.
func (b *billing) charge(ctx context.Context, invID string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.base+"/v2/invoices/"+invID+"/pay", strings.NewReader(url.Values{}.Encode()))
	if err != nil {
		return err
	}
	return b.do(req, nil)
}

func (b *billing) invoice(ctx context.Context, invID string) (*invoice, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, b.base+"/v2/invoices/"+invID, nil)
	if err != nil {
		return nil, err
	}
	var inv invoice
	return &inv, b.do(req, &inv)
}

func (b *billing) open(ctx context.Context, cents int64) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.base+"/v2/payments", strings.NewReader(url.Values{"amount": {"1"}}.Encode()))
	if err != nil {
		return "", err
	}
	req.Header.Set("Idempotency-Key", "fixed")
	var p invoice
	return p.ID, b.do(req, &p)
}

func (b *billing) payment(ctx context.Context, id string) (*invoice, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, b.base+"/v2/payments/"+id, nil)
	if err != nil {
		return nil, err
	}
	var p invoice
	return &p, b.do(req, &p)
}

// settled polls for ten minutes and answers "open" when it stops.
func (b *billing) settled(ctx context.Context, invID string) (string, error) {
	stop := time.Now().Add(10 * time.Minute)
	for time.Now().Before(stop) {
		inv, err := b.invoice(ctx, invID)
		if err != nil {
			return "", err
		}
		if inv.State == "paid" || inv.State == "failed" {
			return inv.State, nil
		}
		time.Sleep(5 * time.Second)
	}
	return "open", nil
}

// payUntilSettled charges the invoice again when the wait stopped on
// "open": the first charge may still settle.
func (b *billing) payUntilSettled(ctx context.Context, invID string) error {
	for try := 0; try < 4; try++ {
		if err := b.charge(ctx, invID); err != nil { // want `payment waitagain.billing.charge \(POST /v2/invoices/\{\}/pay\) made again on every pass of the loop \(line \d+\) after waitagain.billing.settled`
			return err
		}
		state, err := b.settled(ctx, invID)
		if err != nil {
			return err
		}
		if state == "paid" {
			return nil
		}
	}
	return errors.New("invoice not settled")
}

// payAfterFailure charges again only after a failed charge: the advice.
func (b *billing) payAfterFailure(ctx context.Context, invID string) error {
	for try := 0; try < 4; try++ {
		if err := b.charge(ctx, invID); err != nil {
			return err
		}
		state, err := b.settled(ctx, invID)
		if err != nil {
			return err
		}
		if state != "failed" {
			return nil
		}
	}
	return errors.New("invoice not settled")
}

// strictWait fails with errTimeout when it stops.
func (b *billing) strictWait(ctx context.Context, invID string) (string, error) {
	for n := 0; n < 60; n++ {
		inv, err := b.invoice(ctx, invID)
		if err != nil {
			return "", err
		}
		if inv.State == "paid" || inv.State == "failed" {
			return inv.State, nil
		}
		time.Sleep(5 * time.Second)
	}
	return "", errTimeout
}

// payStrict leaves on the timeout's error.
func (b *billing) payStrict(ctx context.Context, invID string) error {
	for try := 0; try < 4; try++ {
		if err := b.charge(ctx, invID); err != nil {
			return err
		}
		state, err := b.strictWait(ctx, invID)
		if err != nil {
			return err
		}
		if state == "paid" {
			return nil
		}
	}
	return errors.New("invoice not settled")
}

// payWhenAsked leaves it to a policy the model cannot read.
func (b *billing) payWhenAsked(ctx context.Context, invID string, again func(string) bool) error {
	for try := 0; try < 4; try++ {
		if err := b.charge(ctx, invID); err != nil {
			return err
		}
		state, err := b.settled(ctx, invID)
		if err != nil || !again(state) {
			return err
		}
	}
	return errors.New("invoice not settled")
}

// payEach pays each invoice of a list once and waits for it.
func (b *billing) payEach(ctx context.Context, ids []string) error {
	for i := 0; i < len(ids); i++ {
		id := ids[i]
		if err := b.charge(ctx, id); err != nil {
			return err
		}
		if _, err := b.settled(ctx, id); err != nil {
			return err
		}
	}
	return nil
}

// cleared waits through a helper under a two-minute timeout and answers
// false, nil when the timeout ends the wait.
func (b *billing) cleared(ctx context.Context, id string) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	err := until.Done(ctx, 3*time.Second, func(ctx context.Context) (bool, error) {
		p, err := b.payment(ctx, id)
		if err != nil {
			return false, err
		}
		return p.State == "succeeded" || p.State == "failed", nil
	})
	if errors.Is(err, context.DeadlineExceeded) {
		return false, nil
	}
	return err == nil, err
}

// openAgain opens a new payment after the wait gave up: the new id
// replaces the first, which may still succeed.
func (b *billing) openAgain(ctx context.Context, cents int64) error {
	id, err := b.open(ctx, cents)
	if err != nil {
		return err
	}
	for try := 0; try < 3; try++ {
		ok, err := b.cleared(ctx, id)
		if err == nil && ok {
			return nil
		}
		id, err = b.open(ctx, cents) // want `payment waitagain.billing.open \(POST /v2/payments\) made again on every pass of the loop \(line \d+\) after waitagain.billing.cleared`
		if err != nil {
			return err
		}
	}
	return errors.New("payment not cleared")
}

// openOnce waits again for the same payment: no second payment.
func (b *billing) openOnce(ctx context.Context, cents int64) error {
	id, err := b.open(ctx, cents)
	if err != nil {
		return err
	}
	for try := 0; try < 3; try++ {
		ok, err := b.cleared(ctx, id)
		if err == nil && ok {
			return nil
		}
	}
	return errors.New("payment not cleared")
}

// unbounded waits only as long as the caller's context: when it ends,
// the next payment fails too.
func (b *billing) unbounded(ctx context.Context, id string) (bool, error) {
	for {
		p, err := b.payment(ctx, id)
		if err != nil {
			return false, err
		}
		if p.State == "succeeded" || p.State == "failed" {
			return p.State == "succeeded", nil
		}
		select {
		case <-ctx.Done():
			return false, nil
		case <-time.After(3 * time.Second):
		}
	}
}

// openUnbounded pays again after a wait that gives up only with the
// caller's context.
func (b *billing) openUnbounded(ctx context.Context, cents int64) error {
	for try := 0; try < 3; try++ {
		id, err := b.open(ctx, cents)
		if err != nil {
			return err
		}
		if ok, _ := b.unbounded(ctx, id); ok {
			return nil
		}
	}
	return errors.New("payment not cleared")
}
