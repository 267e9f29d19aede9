// Package cloudpos drives card terminals through a cloud nexo Terminal
// API with two resty clients built in a constructor: payments are never
// replayed, status reads retry on every error answer.
package cloudpos

import (
	"context"
	"fmt"
	"time"

	"github.com/go-resty/resty/v2"
)

// Terminals talks to the counter terminals.
type Terminals struct {
	payments *resty.Client
	statuses *resty.Client
	saleID   string
}

// NewTerminals builds both clients.
func NewTerminals(baseURL, apiKey, saleID string) *Terminals {
	t := &Terminals{
		payments: resty.New().SetBaseURL(baseURL).SetHeader("x-API-key", apiKey),
		statuses: resty.New().
			SetBaseURL(baseURL).
			SetHeader("x-API-key", apiKey).
			SetRetryCount(3).
			SetRetryWaitTime(time.Second),
		saleID: saleID,
	}
	t.statuses.AddRetryCondition(func(r *resty.Response, err error) bool {
		return err != nil || r.StatusCode() >= 400 // want `payment requests are retried by the resty client's retry condition \(line 32\): every non-2xx status is retried`
	})
	return t
}

type envelope struct {
	SaleToPOIRequest map[string]interface{} `json:"SaleToPOIRequest"`
}

func (t *Terminals) header(category, serviceID, poiID string) map[string]interface{} {
	return map[string]interface{}{
		"ProtocolVersion": "3.0", "MessageClass": "Service", "MessageCategory": category,
		"MessageType": "Request", "SaleID": t.saleID, "ServiceID": serviceID, "POIID": poiID,
	}
}

// Charge asks terminal poiID to take a payment.
func (t *Terminals) Charge(ctx context.Context, poiID, serviceID, ref string, amount float64, currency string) error {
	body := envelope{SaleToPOIRequest: map[string]interface{}{
		"MessageHeader": t.header("Payment", serviceID, poiID),
		"PaymentRequest": map[string]interface{}{
			"SaleData": map[string]interface{}{"SaleTransactionID": map[string]interface{}{"TransactionID": ref, "TimeStamp": time.Now().UTC().Format(time.RFC3339)}},
			"PaymentTransaction": map[string]interface{}{
				"AmountsReq": map[string]interface{}{"Currency": currency, "RequestedAmount": amount},
			},
		},
	}}
	res, err := t.payments.R().SetContext(ctx).SetBody(body).Post("/async")
	if err != nil {
		return err
	}
	if res.IsError() {
		return fmt.Errorf("terminal refused the payment: %s", res.Status())
	}
	return nil
}

// Outcome reads the outcome of the payment serviceID.
func (t *Terminals) Outcome(ctx context.Context, poiID, serviceID string) (string, error) {
	body := envelope{SaleToPOIRequest: map[string]interface{}{
		"MessageHeader": t.header("TransactionStatus", "st"+serviceID, poiID),
		"TransactionStatusRequest": map[string]interface{}{
			"MessageReference": map[string]interface{}{"MessageCategory": "Payment", "ServiceID": serviceID, "SaleID": t.saleID},
		},
	}}
	var out map[string]interface{}
	res, err := t.statuses.R().SetContext(ctx).SetBody(body).SetResult(&out).Post("/sync")
	if err != nil {
		return "", err
	}
	if res.IsError() {
		return "", fmt.Errorf("terminal status: %s", res.Status())
	}
	return fmt.Sprint(out["SaleToPOIResponse"]), nil
}
