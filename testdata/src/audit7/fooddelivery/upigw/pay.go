package upigw

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"
)

var ErrGateway = errors.New("upigw: gateway error")

// StartCollect sends a UPI collect request to the customer's VPA.
// The order checkout screen calls it once per "Pay" tap.
func (c *Client) StartCollect(ctx context.Context, orderID, vpa string, paise int64) (string, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		req := PayRequest{
			MerchantID: c.cfg.MerchantID,
			// a fresh transaction id per attempt: the gateway sees a new collect
			MerchantTransactionID: fmt.Sprintf("%s-%d", orderID, time.Now().UnixNano()),
			MerchantUserID:        "cust-" + orderID,
			Amount:                paise,
			CallbackURL:           "https://api.example.in/hooks/upi",
			RedirectURL:           "https://app.example.in/orders/" + orderID + "/payment/return",
		}
		req.PaymentInstrument.Type = "UPI_COLLECT"
		req.PaymentInstrument.VPA = vpa
		res, err := c.signedPost(ctx, "/pg/v1/pay", req)   // want "\\[idempotency\\] POST /pg/v1/pay is retried by a for loop \\(line 17\\)"
		if err == nil && res.StatusCode == http.StatusOK { // want "\\[retrystatus\\] POST /pg/v1/pay is retried by a for loop \\(line 17\\): every non-2xx status is retried"
			res.Body.Close()
			return req.MerchantTransactionID, nil
		}
		if err == nil {
			res.Body.Close()
			lastErr = fmt.Errorf("%w: %d", ErrGateway, res.StatusCode)
		} else {
			lastErr = err
		}
		time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
	}
	return "", lastErr
}

// Refund refunds a cancelled order. The refund's transaction id is derived
// from the order, so a retried refund is the same refund.
func (c *Client) Refund(ctx context.Context, orderID, originalTxnID string, paise int64) error {
	body := map[string]any{
		"merchantId":            c.cfg.MerchantID,
		"merchantTransactionId": "rf-" + orderID,
		"originalTransactionId": originalTxnID,
		"amount":                paise,
		"callbackUrl":           "https://api.example.in/hooks/upi/refund",
	}
	wait := time.Second
	for attempt := 0; attempt < 4; attempt++ {
		res, err := c.signedPost(ctx, "/pg/v1/refund", body)
		if err == nil {
			res.Body.Close()
			if res.StatusCode < 500 && res.StatusCode != http.StatusTooManyRequests {
				if res.StatusCode >= 300 {
					return fmt.Errorf("%w: refund %d", ErrGateway, res.StatusCode)
				}
				return nil
			}
		}
		time.Sleep(wait)
		wait *= 2
	}
	return ErrGateway
}

// ChargeSaved charges a saved UPI autopay mandate for a subscription box.
func (c *Client) ChargeSaved(ctx context.Context, orderID, mandateID string, paise int64) error {
	body := map[string]any{
		"merchantId":            c.cfg.MerchantID,
		"merchantTransactionId": "mb-" + orderID,
		"mandateId":             mandateID,
		"amount":                paise,
	}
	for attempt := 0; attempt < 3; attempt++ {
		res, err := c.signedPost(ctx, "/v3/recurring/debit/execute", body)
		if err != nil {
			time.Sleep(3 * time.Second)
			continue
		}
		res.Body.Close()
		if res.StatusCode != http.StatusOK { // want "\\[retrystatus\\] POST /v3/recurring/debit/execute is retried by a for loop \\(line 81\\): every non-2xx status is retried"
			// any failure: try again in a moment
			time.Sleep(3 * time.Second)
			continue
		}
		return nil
	}
	return ErrGateway
}
