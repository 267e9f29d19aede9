package upigw

import (
	"context"
	"errors"
	"time"
)

var ErrUPITimeout = errors.New("upigw: collect not approved in time")

// WaitForApproval is shown behind the "approve in your UPI app" spinner.
func (c *Client) WaitForApproval(ctx context.Context, merchantTxnID string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	for {
		code, err := c.Status(ctx, merchantTxnID)
		if err != nil {
			return "", err
		}
		switch code {
		case "PAYMENT_SUCCESS":
			return code, nil
		case "PAYMENT_ERROR", "PAYMENT_DECLINED":
			return code, nil
		}
		select {
		case <-ctx.Done():
			return "", ErrUPITimeout
		case <-time.After(500 * time.Millisecond): // want "\\[pollinterval\\] payment status polled every 500ms"
		}
	}
}

// WaitForRefund checks a refund calmly: refunds settle in minutes.
func (c *Client) WaitForRefund(ctx context.Context, refundTxnID string) (string, error) {
	wait := 3 * time.Second
	for i := 0; i < 20; i++ {
		code, err := c.Status(ctx, refundTxnID)
		if err != nil {
			return "", err
		}
		if code == "PAYMENT_SUCCESS" || code == "PAYMENT_ERROR" {
			return code, nil
		}
		time.Sleep(wait)
		if wait < 30*time.Second {
			wait *= 2
		}
	}
	return "", ErrUPITimeout
}
