package mpesa

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strconv"
)

type STKPushResponse struct {
	MerchantRequestID   string
	CheckoutRequestID   string
	ResponseCode        string
	ResponseDescription string
	CustomerMessage     string
}

type STKQueryResponse struct {
	ResponseCode      string
	CheckoutRequestID string
	ResultCode        string // "0" paid, "1032" cancelled by user, "1037" timeout, ...
	ResultDesc        string
}

func (c *Client) post(ctx context.Context, path string, in, out any) error {
	tok, err := c.accessToken(ctx)
	if err != nil {
		return err
	}
	b, _ := json.Marshal(in)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.cfg.BaseURL+path, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		apiErr := &APIError{Status: resp.StatusCode}
		_ = json.NewDecoder(resp.Body).Decode(apiErr)
		return apiErr
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// STKPush prompts the customer's phone to pay amount KES to our paybill.
func (c *Client) STKPush(ctx context.Context, phone string, amount int, accountRef, desc string) (*STKPushResponse, error) {
	ts := timestamp()
	body := map[string]string{
		"BusinessShortCode": c.cfg.ShortCode,
		"Password":          c.password(ts),
		"Timestamp":         ts,
		"TransactionType":   "CustomerPayBillOnline",
		"Amount":            strconv.Itoa(amount),
		"PartyA":            phone,
		"PartyB":            c.cfg.ShortCode,
		"PhoneNumber":       phone,
		"CallBackURL":       c.cfg.CallbackURL,
		"AccountReference":  accountRef,
		"TransactionDesc":   desc,
	}
	var out STKPushResponse
	if err := c.post(ctx, "/mpesa/stkpush/v1/processrequest", body, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// QuerySTK asks Daraja for the result of one STK push.
func (c *Client) QuerySTK(ctx context.Context, checkoutRequestID string) (*STKQueryResponse, error) {
	ts := timestamp()
	body := map[string]string{
		"BusinessShortCode": c.cfg.ShortCode,
		"Password":          c.password(ts),
		"Timestamp":         ts,
		"CheckoutRequestID": checkoutRequestID,
	}
	var out STKQueryResponse
	if err := c.post(ctx, "/mpesa/stkpushquery/v1/query", body, &out); err != nil {
		return nil, err
	}
	return &out, nil
}
