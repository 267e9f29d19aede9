// Package repay: a loop that pays an invoice, waits for it through a
// function that gives up while the payment may still be pending, and
// pays again on the next pass. Every pass is another attempt at the same
// payment: with a key made anew per pass the provider takes each pass
// for a new payment and both can be paid. A key made once, or derived
// from the invoice, makes the provider answer with the first payment.
package repay

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
)

var errDeclined = errors.New("repay: declined")

type Billing struct {
	hc   *http.Client
	base string
}

// pay starts the payment of an open invoice.
func (b *Billing) pay(ctx context.Context, invoice, idemKey string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.base+"/v1/invoices/"+invoice+"/pay", nil)
	if err != nil {
		return err
	}
	if idemKey != "" {
		req.Header.Set("Idempotency-Key", idemKey)
	}
	resp, err := b.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("pay %s: %s", invoice, resp.Status)
	}
	return nil
}

func (b *Billing) state(ctx context.Context, invoice string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, b.base+"/v1/invoices/"+invoice, nil)
	if err != nil {
		return "", err
	}
	resp, err := b.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var inv struct {
		Status string `json:"status"`
	}
	err = json.NewDecoder(resp.Body).Decode(&inv)
	return inv.Status, err
}

// settled waits up to a minute: (false, nil) when it gives up while the
// invoice is still open.
func (b *Billing) settled(ctx context.Context, invoice string) (bool, error) {
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		st, err := b.state(ctx, invoice)
		if err != nil {
			return false, err
		}
		switch st {
		case "paid":
			return true, nil
		case "uncollectible", "void":
			return false, errDeclined
		}
		time.Sleep(4 * time.Second)
	}
	return false, nil
}

// --- flagged: a new key on every pass ---

func (b *Billing) SettleFresh(ctx context.Context, invoice string) error {
	for pass := 0; pass < 3; pass++ {
		k := uuid.New().String()
		if err := b.pay(ctx, invoice, k); err != nil { // want `repay.Billing.pay \(POST /v1/invoices/\{\}/pay\) is made again on every pass of the loop \(line 87\) after repay.Billing.settled \(line 92\) gives up while the payment may still be pending, with an idempotency key made anew on every pass \(uuid.New\(\), line 88\)`
			return err
		}
		ok, err := b.settled(ctx, invoice)
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
	}
	return errors.New("repay: still open")
}

func (b *Billing) SettleCounted(ctx context.Context, invoice string) error {
	for pass := 0; pass < 3; pass++ {
		if err := b.pay(ctx, invoice, fmt.Sprintf("%s:%d", invoice, pass)); err != nil { // want `is made again on every pass of the loop \(line 104\) after repay.Billing.settled \(line 108\) gives up while the payment may still be pending, with an idempotency key made from the pass counter pass`
			return err
		}
		ok, err := b.settled(ctx, invoice)
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
	}
	return errors.New("repay: still open")
}

// --- silent ---

// One key for every pass: the provider answers with the first payment.
func (b *Billing) SettleOneKey(ctx context.Context, invoice string) error {
	k := uuid.NewString()
	for pass := 0; pass < 3; pass++ {
		if err := b.pay(ctx, invoice, k); err != nil {
			return err
		}
		ok, err := b.settled(ctx, invoice)
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
	}
	return errors.New("repay: still open")
}

// The key derives from the invoice: the same on every pass.
func (b *Billing) SettleByInvoice(ctx context.Context, invoice string) error {
	for pass := 0; pass < 3; pass++ {
		if err := b.pay(ctx, invoice, "settle-"+invoice); err != nil {
			return err
		}
		ok, err := b.settled(ctx, invoice)
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
	}
	return errors.New("repay: still open")
}

// No key at all: paying again while pending is pollcreate's finding.
func (b *Billing) SettleNoKey(ctx context.Context, invoice string) error {
	for pass := 0; pass < 3; pass++ {
		if err := b.pay(ctx, invoice, ""); err != nil {
			return err
		}
		ok, err := b.settled(ctx, invoice)
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
	}
	return errors.New("repay: still open")
}

// Each pass pays another invoice, with its own new key: not the same
// payment made again.
func (b *Billing) SettleAll(ctx context.Context, invoices []string) error {
	for _, inv := range invoices {
		if err := b.pay(ctx, inv, uuid.NewString()); err != nil {
			return err
		}
		if _, err := b.settled(ctx, inv); err != nil {
			return err
		}
	}
	return nil
}
