package cancellations

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// BankRefunds refunds corporate buyers who paid conference passes by bank
// transfer, through the partner bank's REST API.
type BankRefunds struct {
	Base  string
	Token string
	HTTP  *http.Client
}

type refundReq struct {
	Reference string `json:"reference"`
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
	IBAN      string `json:"iban"`
}

func (b *BankRefunds) post(ctx context.Context, rr refundReq) (*http.Response, error) {
	body, _ := json.Marshal(rr)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.Base+"/v1/refunds", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+b.Token)
	req.Header.Set("Idempotency-Key", rr.Reference)
	req.Header.Set("Content-Type", "application/json")
	return b.HTTP.Do(req)
}

// Refund retries until the bank accepts the refund (201).
func (b *BankRefunds) Refund(ctx context.Context, orderID, iban string, cents int64) error {
	rr := refundReq{Reference: "cancel-" + orderID, Amount: cents, Currency: "EUR", IBAN: iban}
	wait := time.Second
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := b.post(ctx, rr)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusCreated { // want "\\[retrystatus\\] cancellations.BankRefunds.post \\(POST /v1/refunds\\)"
				return nil
			}
		}
		time.Sleep(wait)
		wait *= 2
	}
	return fmt.Errorf("bank refund %s: gave up", orderID)
}

// RefundTransient retries only network errors, 429 and 5xx; a 4xx is the
// bank refusing the request and is returned to the operator.
func (b *BankRefunds) RefundTransient(ctx context.Context, orderID, iban string, cents int64) error {
	rr := refundReq{Reference: "cancel-" + orderID, Amount: cents, Currency: "EUR", IBAN: iban}
	wait := time.Second
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := b.post(ctx, rr)
		if err == nil {
			resp.Body.Close()
			switch {
			case resp.StatusCode == http.StatusCreated:
				return nil
			case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
			default:
				return fmt.Errorf("bank refused refund %s: %d", orderID, resp.StatusCode)
			}
		}
		time.Sleep(wait)
		wait *= 2
	}
	return fmt.Errorf("bank refund %s: gave up", orderID)
}
