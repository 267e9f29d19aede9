// Package m11refkey: a "reference" body field is a dedupe key
// only for providers that dedupe on it; a client type whose other
// requests carry an Idempotency-Key header speaks to an API that keys by
// header, and its reference is a note.
package m11refkey

import (
	"context"
	"net/http"
	"strings"

	"github.com/go-resty/resty/v2"
)

// ---- an API keyed by header: the reference is no key -------------------

type Kobra struct {
	api  *resty.Client
	hc   *http.Client
	base string
}

func NewKobra(base string) *Kobra {
	api := resty.New().SetBaseURL(base)
	api.SetRetryCount(3)
	return &Kobra{api: api, hc: &http.Client{}, base: base}
}

type transferBody struct {
	Amount    int64  `json:"amount"`
	Reference string `json:"reference"`
}

// Transfer: the payout id as reference, no Idempotency-Key; resty
// re-sends it after a timeout.
func (k *Kobra) Transfer(ctx context.Context, payoutID string, cents int64) error {
	_, err := k.api.R().SetContext(ctx). // want `POST /v2/transfers is retried by the resty client with SetRetryCount\(3\) \(line 25\) without an idempotency key`
						SetBody(transferBody{Amount: cents, Reference: payoutID}).
						Post("/v2/transfers")
	return err
}

// Reverse keys its request with the header: the API dedupes by header.
func (k *Kobra) Reverse(ctx context.Context, transferID string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, k.base+"/v2/transfers/"+transferID+"/reverse", strings.NewReader("{}"))
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", "reverse-"+transferID)
	resp, err := k.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Lumen keys its refunds with resty's SetHeader; its charges send a
// reference only.
type Lumen struct{ rc *resty.Client }

func NewLumen() *Lumen { return &Lumen{rc: resty.New().SetRetryCount(2)} }

func (l *Lumen) Charge(ctx context.Context, orderID string, cents int64) error {
	_, err := l.rc.R().SetBody(map[string]any{"amount": cents, "reference": orderID}).Post("/charges") // want `POST /charges is retried by the resty client with SetRetryCount\(2\) \(line 61\) without an idempotency key`
	return err
}

func (l *Lumen) Refund(ctx context.Context, chargeID string) error {
	_, err := l.rc.R().SetHeader("X-Idempotency-Key", "refund-"+chargeID).SetBody(map[string]any{"charge": chargeID}).Post("/refunds")
	return err
}

// ---- look-alikes that stay silent ----------------------------------------

// Remit names its dedupe field for the provider (Wise's
// customerTransactionId): that API dedupes on it, whatever header its
// other requests carry.
type Remit struct{ rc *resty.Client }

func NewRemit() *Remit { return &Remit{rc: resty.New().SetRetryCount(3)} }

func (r *Remit) Send(ctx context.Context, payoutID string) error {
	_, err := r.rc.R().SetBody(map[string]any{"customerTransactionId": payoutID, "reference": "payout"}).Post("/v1/transfers")
	return err
}

func (r *Remit) Fund(ctx context.Context, id string) error {
	_, err := r.rc.R().SetHeader("X-Idempotency-Key", "fund-"+id).Post("/v3/transfers/" + id + "/payments")
	return err
}

// Stackpay dedupes on reference (no method sets a header): the reference
// is its key.
type Stackpay struct{ rc *resty.Client }

func NewStackpay() *Stackpay { return &Stackpay{rc: resty.New().SetRetryCount(3)} }

func (s *Stackpay) Initialize(ctx context.Context, orderID string, kobo int64) error {
	_, err := s.rc.R().SetBody(map[string]any{"amount": kobo, "reference": orderID}).Post("/transaction/initialize")
	return err
}

func (s *Stackpay) Verify(ctx context.Context, ref string) error {
	_, err := s.rc.R().SetHeader("Accept", "application/json").Get("/transaction/verify/" + ref)
	return err
}

// chargeFree: a function with no client type keeps the reference.
func chargeFree(ctx context.Context, rc *resty.Client, orderID string) error {
	rc.SetRetryCount(2)
	_, err := rc.R().SetBody(map[string]any{"amount": 100, "reference": orderID}).Post("/charges")
	return err
}

// Payout of the header-keyed API with its own header: keyed.
func (k *Kobra) Payout(ctx context.Context, payoutID string, cents int64) error {
	_, err := k.api.R().SetHeader("Idempotency-Key", "payout-"+payoutID).
		SetBody(transferBody{Amount: cents, Reference: payoutID}).
		Post("/v2/payouts")
	return err
}
