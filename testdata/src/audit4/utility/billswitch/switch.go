// Package billswitch pays utility bills through the national switch: a
// payment request, then status queries until the switch settles it.
package billswitch

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// Switch is the national bill-payment switch client.
type Switch struct {
	Base string
	HC   *http.Client
}

// PayRequest asks the switch to pay a biller account.
type PayRequest struct {
	Reference string `json:"reference"`
	BillerID  string `json:"biller_id"`
	Account   string `json:"account"`
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
}

// PayStatus is what the status query answers.
type PayStatus struct {
	TxnID  string `json:"txn_id"`
	Status string `json:"status"` // PENDING, SUCCESS, FAILED, REVERSED
}

// Final reports whether the switch will not change the status again.
func (p PayStatus) Final() bool {
	return p.Status == "SUCCESS" || p.Status == "FAILED" || p.Status == "REVERSED"
}

// Pay submits a bill payment and returns the switch transaction id.
func (s *Switch) Pay(ctx context.Context, pr PayRequest) (string, error) {
	b, _ := json.Marshal(pr)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.Base+"/billpay/payments", bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	resp, err := s.HC.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out PayStatus
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.TxnID, nil
}

// Status queries a bill payment's state.
func (s *Switch) Status(ctx context.Context, txnID string) (PayStatus, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.Base+"/billpay/payments/"+txnID, nil)
	if err != nil {
		return PayStatus{}, err
	}
	resp, err := s.HC.Do(req)
	if err != nil {
		return PayStatus{}, err
	}
	defer resp.Body.Close()
	var out PayStatus
	if resp.StatusCode != http.StatusOK {
		return out, fmt.Errorf("status query: %d", resp.StatusCode)
	}
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out, err
}
