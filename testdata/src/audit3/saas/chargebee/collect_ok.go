package chargebee

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"time"
)

// CollectPaymentV2 retries only what can change: network errors, 429, 5xx,
// and 409 while the same key is still being processed.
func (c *Client) CollectPaymentV2(ctx context.Context, invoiceID string) (*Invoice, error) {
	key := "collect-" + invoiceID
	wait := time.Second
	for attempt := 0; attempt < 4; attempt++ {
		resp, err := c.post(ctx, "/invoices/"+invoiceID+"/collect_payment", url.Values{}, key)
		switch {
		case err != nil:
		case resp.StatusCode == http.StatusTooManyRequests, resp.StatusCode >= 500, resp.StatusCode == http.StatusConflict:
			resp.Body.Close()
		default:
			return decodeInvoice(resp)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return nil, errors.New("chargebee: collect_payment still failing")
}

// SyncCustomer pushes CRM fields to Chargebee; retried on any error, fast:
// it is a metadata update, not a payment.
func (c *Client) SyncCustomer(ctx context.Context, customerID string, fields map[string]string) error {
	form := url.Values{}
	for k, v := range fields {
		form.Set("cf_"+k, v)
	}
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		var resp *http.Response
		resp, err = c.post(ctx, "/customers/"+customerID, form, "")
		if err == nil && resp.StatusCode == http.StatusOK {
			resp.Body.Close()
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return err
}
