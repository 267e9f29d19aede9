// Package compound: a bank rail's payment resource named with a qualifier
// ("/v3/sepa-payments", "/v3/credit_transfers") is a payment write, so a
// status switch whose default sleeps and goes round retries its 4xx. The
// same loop around a warehouse's "/inventory_transfers" or a wallet's
// "/payment-methods" is no payment call: silent.
package compound

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"
)

type Bank struct {
	url string
	hc  *http.Client
}

func (b *Bank) do(ctx context.Context, path string, v any) (*http.Response, error) {
	raw, _ := json.Marshal(v)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.url+path, bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Request-Id", "fixed")
	return b.hc.Do(req)
}

type order struct {
	EndToEndID string `json:"endToEndId"`
	IBAN       string `json:"iban"`
	Amount     int64  `json:"amountMinor"`
}

// SendSEPA: 200/201 return; any other status falls to the default, waits
// and is sent again.
func (b *Bank) SendSEPA(ctx context.Context, o order) error {
	for i := 0; i < 3; i++ {
		resp, err := b.do(ctx, "/v3/sepa-payments", o)
		if err == nil {
			switch resp.StatusCode {
			case http.StatusOK, http.StatusCreated:
				resp.Body.Close()
				return nil
			default: // want `POST /v3/sepa-payments is retried by a for loop \(line 41\): every non-2xx status is retried`
				resp.Body.Close()
			}
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return errors.New("sepa: gave up")
}

// SendCredit: a credit transfer left only on 201.
func (b *Bank) SendCredit(ctx context.Context, o order) error {
	for i := 0; i < 3; i++ {
		resp, err := b.do(ctx, "/v3/credit_transfers", o)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusCreated { // want `POST /v3/credit_transfers is retried by a for loop \(line 59\): every non-2xx status is retried`
				return nil
			}
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return errors.New("credit transfer: gave up")
}

type move struct {
	SKU  string `json:"sku"`
	From string `json:"from"`
	To   string `json:"to"`
	Qty  int    `json:"qty"`
}

// MoveStock (silent): stock moved between warehouses, no money.
func (b *Bank) MoveStock(ctx context.Context, m move) error {
	for i := 0; i < 3; i++ {
		resp, err := b.do(ctx, "/v1/inventory_transfers", m)
		if err == nil {
			switch resp.StatusCode {
			case http.StatusOK, http.StatusCreated:
				resp.Body.Close()
				return nil
			default:
				resp.Body.Close()
			}
		}
		time.Sleep(time.Second)
	}
	return errors.New("stock move: gave up")
}

// SaveCard (silent): a payment method stored, no money moved.
func (b *Bank) SaveCard(ctx context.Context, token string) error {
	for i := 0; i < 3; i++ {
		resp, err := b.do(ctx, "/v1/payment-methods", map[string]string{"token": token})
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusCreated {
				return nil
			}
		}
		time.Sleep(time.Second)
	}
	return errors.New("card: gave up")
}
