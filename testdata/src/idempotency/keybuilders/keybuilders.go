// Package keybuilders: the request of a retried payment write is built by
// a helper called on every attempt. When the helper gives the key a new
// value on each call (a uuid, a timestamp suffix), every attempt is a
// new payment; a request built once before the loop, or a key taken from
// the helper's parameters, is the same on every attempt.
package keybuilders

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/google/uuid"
)

const psp = "https://api.psp.example"

type payout struct {
	Reference string `json:"reference"`
	Recipient string `json:"recipient"`
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
}

type Vendor struct {
	ID, Account string
	Cents       int64
	PayoutKey   string
}

type Payouts struct {
	hc *http.Client
}

// payoutFor stamps the reference with the clock: a new one on every call.
func payoutFor(v Vendor) payout {
	return payout{
		Reference: v.ID + "-" + strconv.FormatInt(time.Now().UnixMilli(), 36),
		Recipient: v.Account,
		Amount:    v.Cents,
		Currency:  "NGN",
	}
}

// payoutByVendor takes the reference from the vendor: the same every call.
func payoutByVendor(v Vendor) payout {
	return payout{Reference: "po-" + v.ID, Recipient: v.Account, Amount: v.Cents, Currency: "NGN"}
}

// payoutDefaulted makes a reference only when the vendor has none.
func payoutDefaulted(v Vendor) payout {
	ref := v.PayoutKey
	if ref == "" {
		ref = uuid.NewString()
	}
	return payout{Reference: ref, Recipient: v.Account, Amount: v.Cents, Currency: "NGN"}
}

// payoutOr picks the vendor's key, a new one only when it is empty.
func payoutOr(v Vendor) payout {
	return payout{Reference: cmp.Or(v.PayoutKey, uuid.NewString()), Recipient: v.Account, Amount: v.Cents, Currency: "NGN"}
}

// payoutOverride starts from a new reference and takes the vendor's when
// set: the caller's key wins when it has one.
func payoutOverride(v Vendor) payout {
	ref := "po-" + uuid.NewString()
	if v.PayoutKey != "" {
		ref = v.PayoutKey
	}
	return payout{Reference: ref, Recipient: v.Account, Amount: v.Cents, Currency: "NGN"}
}

func (p *Payouts) post(ctx context.Context, body payout) error {
	b, _ := json.Marshal(body)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, psp+"/transfers", bytes.NewReader(b))
	resp, err := p.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 500 {
		return errors.New(resp.Status)
	}
	return nil
}

// --- flagged: the builder runs on every attempt ---

func (p *Payouts) PayVendor(ctx context.Context, v Vendor) error {
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		if err = p.post(ctx, payoutFor(v)); err == nil { // want `keybuilders.Payouts.post \(POST /transfers\) is retried by a for loop \(line 99\) but payoutFor makes a new idempotency key on every call`
			return nil
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return err
}

// A body map built by a method, its key a new uuid per call, sent
// directly.
func (p *Payouts) chargeBody(customer string, cents int64) map[string]any {
	return map[string]any{
		"idempotency_key": uuid.NewString(),
		"customer":        customer,
		"amount":          cents,
		"currency":        "eur",
	}
}

func (p *Payouts) Charge(customer string, cents int64) error {
	for i := 0; ; i++ {
		b, _ := json.Marshal(p.chargeBody(customer, cents))
		resp, err := p.hc.Post(psp+"/v1/charges", "application/json", bytes.NewReader(b)) // want `POST /v1/charges is retried by a for loop \(line 120\) but chargeBody makes a new idempotency key on every call`
		if err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			return nil
		}
		if i == 3 {
			return fmt.Errorf("charge %s: gave up", customer)
		}
		time.Sleep(2 * time.Second)
	}
}

// --- silent look-alikes ---

// Built once, before the retry: one reference for every attempt.
func (p *Payouts) PayVendorOnce(ctx context.Context, v Vendor) error {
	body := payoutFor(v)
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		if err = p.post(ctx, body); err == nil {
			return nil
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return err
}

// The builder's reference comes from the vendor.
func (p *Payouts) PayVendorStable(ctx context.Context, v Vendor) error {
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		if err = p.post(ctx, payoutByVendor(v)); err == nil {
			return nil
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return err
}

// A new reference only when the vendor has none: the caller's key wins.
func (p *Payouts) PayVendorDefaulted(ctx context.Context, v Vendor) error {
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		if err = p.post(ctx, payoutDefaulted(v)); err == nil {
			return nil
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return err
}

// cmp.Or picks the vendor's key when it is set: not surely fresh.
func (p *Payouts) PayVendorOr(ctx context.Context, v Vendor) error {
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		if err = p.post(ctx, payoutOr(v)); err == nil {
			return nil
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return err
}

// The body map built once, before the retry.
func (p *Payouts) ChargeOnce(customer string, cents int64) error {
	b, _ := json.Marshal(p.chargeBody(customer, cents))
	for i := 0; ; i++ {
		resp, err := p.hc.Post(psp+"/v1/charges", "application/json", bytes.NewReader(b))
		if err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			return nil
		}
		if i == 3 {
			return fmt.Errorf("charge %s: gave up", customer)
		}
		time.Sleep(2 * time.Second)
	}
}

// The vendor's key overrides the default reference.
func (p *Payouts) PayVendorOverride(ctx context.Context, v Vendor) error {
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		if err = p.post(ctx, payoutOverride(v)); err == nil {
			return nil
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return err
}

// A refund body numbered from a shared sequence: a new number per call.
type Refunds struct {
	hc  *http.Client
	seq atomic.Int64
	n   int64
}

func (r *Refunds) body(charge string, cents int64) map[string]any {
	return map[string]any{
		"charge":          charge,
		"amount":          cents,
		"idempotency_key": fmt.Sprintf("rf-%s-%d", charge, r.seq.Add(1)),
	}
}

// peek reads the sequence without stepping it.
func (r *Refunds) peek(charge string, cents int64) map[string]any {
	return map[string]any{
		"charge":          charge,
		"amount":          cents,
		"idempotency_key": fmt.Sprintf("rf-%s-%d", charge, atomic.AddInt64(&r.n, 0)),
	}
}

func (r *Refunds) Refund(charge string, cents int64) error {
	for i := 0; i < 3; i++ {
		b, _ := json.Marshal(r.body(charge, cents))
		resp, err := r.hc.Post(psp+"/v1/refunds", "application/json", bytes.NewReader(b)) // want `POST /v1/refunds is retried by a for loop \(line 238\) but body makes a new idempotency key on every call`
		if err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Second << i)
	}
	return errors.New("refund: gave up")
}

func (r *Refunds) RefundPeek(charge string, cents int64) error {
	for i := 0; i < 3; i++ {
		b, _ := json.Marshal(r.peek(charge, cents))
		resp, err := r.hc.Post(psp+"/v1/refunds", "application/json", bytes.NewReader(b))
		if err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Second << i)
	}
	return errors.New("refund: gave up")
}
