// Package a23xenditref bills wallet top-ups through Xendit's invoices
// API by hand. Xendit keeps no uniqueness on external_id (GET
// /v2/invoices?external_id= answers a list; the SDK sends its key as
// the X-IDEMPOTENCY-KEY header), so a retried invoice POST carrying only
// the order's external_id opens a second invoice.
package a23xenditref

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"time"
)

type invoiceReq struct {
	ExternalID string  `json:"external_id"`
	Amount     float64 `json:"amount"`
	PayerEmail string  `json:"payer_email"`
}

// Biller opens Xendit invoices.
type Biller struct {
	hc     *http.Client
	secret string
}

// TopUp retries the invoice three times with only the order's
// external_id in the body.
func (b *Biller) TopUp(ctx context.Context, orderID string, amount float64, email string) error {
	var err error
	for i := 0; i < 3; i++ {
		raw, _ := json.Marshal(invoiceReq{ExternalID: "topup-" + orderID, Amount: amount, PayerEmail: email})
		req, rerr := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.xendit.co/v2/invoices", bytes.NewReader(raw))
		if rerr != nil {
			return rerr
		}
		req.SetBasicAuth(b.secret, "")
		resp, derr := b.hc.Do(req) // want `POST /v2/invoices is retried by .* without an idempotency key`
		if derr == nil {
			resp.Body.Close()
			return nil
		}
		err = derr
		time.Sleep(2 * time.Second)
	}
	return err
}

// TopUpKeyed sends the order's id as X-IDEMPOTENCY-KEY too: silent.
func (b *Biller) TopUpKeyed(ctx context.Context, orderID string, amount float64) error {
	var err error
	for i := 0; i < 3; i++ {
		raw, _ := json.Marshal(invoiceReq{ExternalID: "topup-" + orderID, Amount: amount})
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.xendit.co/v2/invoices", bytes.NewReader(raw))
		req.Header.Set("X-IDEMPOTENCY-KEY", "topup-"+orderID)
		resp, derr := b.hc.Do(req)
		if derr == nil {
			resp.Body.Close()
			return nil
		}
		err = derr
		time.Sleep(2 * time.Second)
	}
	return err
}

// Transfer sends a custodian transfer whose API dedupes on externalId
// (not Xendit's host): the stable id is its key, silent.
func (b *Biller) Transfer(ctx context.Context, id string, amount float64) error {
	var err error
	for i := 0; i < 3; i++ {
		raw, _ := json.Marshal(map[string]any{"externalId": "tr-" + id, "amount": amount})
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.custody.example/v1/transfers", bytes.NewReader(raw))
		resp, derr := b.hc.Do(req)
		if derr == nil {
			resp.Body.Close()
			return nil
		}
		err = derr
		time.Sleep(2 * time.Second)
	}
	return err
}
