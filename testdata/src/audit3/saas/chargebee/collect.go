package chargebee

import (
	"context"
	"errors"
	"net/url"
	"time"
)

// CollectPayment charges the customer's primary payment source for an
// unpaid invoice.
func (c *Client) CollectPayment(ctx context.Context, invoiceID string) (*Invoice, error) {
	key := "collect-" + invoiceID
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		resp, err := c.post(ctx, "/invoices/"+invoiceID+"/collect_payment", url.Values{}, key)
		if err != nil {
			lastErr = err
			time.Sleep(time.Duration(1<<attempt) * time.Second)
			continue
		}
		if resp.StatusCode >= 400 { // want "\\[retrystatus\\] POST /api/v2/invoices/\\{\\}/collect_payment is retried by a for loop"
			resp.Body.Close()
			lastErr = errors.New("chargebee: " + resp.Status)
			time.Sleep(time.Duration(1<<attempt) * time.Second)
			continue
		}
		return decodeInvoice(resp)
	}
	return nil, lastErr
}

// RecordOfflinePayment books a bank transfer against an invoice.
func (c *Client) RecordOfflinePayment(ctx context.Context, invoiceID string, cents int64, ref string) (*Invoice, error) {
	form := url.Values{}
	form.Set("transaction[amount]", itoa(cents))
	form.Set("transaction[payment_method]", "bank_transfer")
	form.Set("transaction[reference_number]", ref)
	key := "offline-" + invoiceID + "-" + ref
	var lastErr error
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := c.post(ctx, "/invoices/"+invoiceID+"/record_payment", form, key) // want "\\[retrybackoff\\] POST /api/v2/invoices/\\{\\}/record_payment is retried by a for loop \\(line 41\\) every 200ms"
		if err == nil && resp.StatusCode < 500 {
			return decodeInvoice(resp)
		}
		if err == nil {
			resp.Body.Close()
		}
		lastErr = err
		time.Sleep(200 * time.Millisecond)
	}
	return nil, lastErr
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		b = append([]byte{'-'}, b...)
	}
	return string(b)
}
