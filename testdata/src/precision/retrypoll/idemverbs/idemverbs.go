// Package idemverbs retries idempotent HTTP verbs (PUT, DELETE, GET) of
// payment resources: a repeat of the same PUT or DELETE is harmless.
package idemverbs

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/go-resty/resty/v2"
)

type Client struct {
	HTTP *http.Client
	Base string
	R    *resty.Client
}

func NewClient(base string) *Client {
	r := resty.New().SetBaseURL(base).SetRetryCount(3).SetRetryWaitTime(time.Second)
	return &Client{HTTP: &http.Client{Timeout: 10 * time.Second}, Base: base, R: r}
}

// PutMetadata replaces the metadata of a payment: PUT is idempotent.
func (c *Client) PutMetadata(ctx context.Context, paymentID string, meta []byte) error {
	return retry.Do(func() error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPut, c.Base+"/v1/payments/"+paymentID+"/metadata", bytes.NewReader(meta))
		if err != nil {
			return retry.Unrecoverable(err)
		}
		resp, err := c.HTTP.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 500 {
			return errors.New("server error")
		}
		return nil
	}, retry.Attempts(4), retry.Context(ctx))
}

// DeleteSavedCard deletes a payment method; DELETE is idempotent.
func (c *Client) DeleteSavedCard(ctx context.Context, pmID string) error {
	var last error
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodDelete, c.Base+"/v1/payment_methods/"+pmID, nil)
		resp, err := c.HTTP.Do(req)
		if err != nil {
			last = err
			time.Sleep(time.Second << i)
			continue
		}
		resp.Body.Close()
		return nil
	}
	return last
}

// GetPayment reads through resty, which retries on its own.
func (c *Client) GetPayment(ctx context.Context, id string) (*resty.Response, error) {
	return c.R.R().SetContext(ctx).Get("/v1/payments/" + id)
}

// UpsertCustomerAddress PUTs through the retrying resty client.
func (c *Client) UpsertCustomerAddress(ctx context.Context, customerID string, addr map[string]string) error {
	_, err := c.R.R().SetContext(ctx).SetBody(addr).Put("/v1/customers/" + customerID + "/address")
	return err
}
