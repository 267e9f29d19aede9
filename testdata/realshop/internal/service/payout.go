package service

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"example.com/realshop/internal/model"
)

// Payouts sends refunds and payouts to the PSP.
type Payouts struct {
	Base string
	HTTP *http.Client
}

// Refund refunds an order, retrying network errors; out_trade_no and
// out_refund_no come from the order row, so a retry is the same refund.
func (p *Payouts) Refund(o *model.Order) error {
	body, _ := json.Marshal(map[string]any{
		"out_trade_no":  o.OutTradeNo,
		"out_refund_no": "R" + o.OutTradeNo,
		"amount":        o.Amount,
	})
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		var resp *http.Response
		resp, err = p.HTTP.Post(p.Base+"/v3/refund/domestic/refunds", "application/json", bytes.NewReader(body))
		if err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
	}
	return err
}

// Payout pays a seller, retrying with no reference the PSP could dedupe on.
func (p *Payouts) Payout(sellerID string, amount int64) error {
	body, _ := json.Marshal(map[string]any{"seller": sellerID, "amount": amount})
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		var resp *http.Response
		resp, err = p.HTTP.Post(p.Base+"/v1/payouts", "application/json", bytes.NewReader(body)) // paylint: expect idempotency
		if err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
	}
	return fmt.Errorf("payout: %w", err)
}
