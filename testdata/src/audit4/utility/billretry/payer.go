// Package billretry pays postpaid bills through the biller aggregator with
// a retry helper shared by the team.
package billretry

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// BillPayment is the aggregator's payment body.
type BillPayment struct {
	Reference string `json:"reference"`
	Account   string `json:"account_number"`
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
}

// Payer posts bill payments.
type Payer struct {
	Endpoint string
	Token    string
	Client   *http.Client
}

func (p *Payer) send(bp BillPayment) (*http.Response, error) {
	body, _ := json.Marshal(bp)
	req, _ := http.NewRequest("POST", p.Endpoint+"/v2/bill-payments", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+p.Token)
	req.Header.Set("Idempotency-Key", bp.Reference)
	return p.Client.Do(req)
}

// PayBill retries every answer that is not 200: a 400 for a closed account
// or a 422 for an invalid amount is sent again four times.
func (p *Payer) PayBill(bp BillPayment) error {
	backoff := 2 * time.Second
	for attempt := 1; attempt <= 4; attempt++ {
		resp, err := p.send(bp)
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK { // want "\\[retrystatus\\] .*every non-2xx status is retried"
				return nil
			}
		}
		time.Sleep(backoff)
		backoff *= 2
	}
	return fmt.Errorf("bill %s not paid", bp.Reference)
}

// PayBillSafely retries only transport errors, 5xx and 429 with the same
// reference as idempotency key.
func (p *Payer) PayBillSafely(bp BillPayment) error {
	backoff := 2 * time.Second
	for attempt := 1; attempt <= 4; attempt++ {
		resp, err := p.send(bp)
		if err == nil {
			resp.Body.Close()
			switch {
			case resp.StatusCode < 300:
				return nil
			case resp.StatusCode == http.StatusTooManyRequests, resp.StatusCode >= 500:
			default:
				return fmt.Errorf("bill %s rejected: %d", bp.Reference, resp.StatusCode)
			}
		}
		time.Sleep(backoff)
		backoff *= 2
	}
	return fmt.Errorf("bill %s not paid", bp.Reference)
}
