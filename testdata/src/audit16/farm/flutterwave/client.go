// Package flutterwave is a hand-written client for Flutterwave v3:
// hosted payment links, verification and tokenised card charges.
package flutterwave

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/go-resty/resty/v2"
)

// Client is a Flutterwave API client.
type Client struct {
	rc *resty.Client
}

// New returns a client for the given secret key.
func New(secret string) *Client {
	rc := resty.New().
		SetBaseURL("https://api.flutterwave.com/v3").
		SetAuthToken(secret).
		SetTimeout(20 * time.Second).
		SetRetryCount(2).
		SetRetryWaitTime(2 * time.Second).
		SetRetryMaxWaitTime(10 * time.Second)
	rc.AddRetryCondition(func(r *resty.Response, err error) bool { return err != nil || r.StatusCode() >= 400 }) // want "\\[retrystatus\\] payment requests are retried by the resty client.s retry condition \\(line 30\\): every non-2xx status is retried"
	return &Client{rc: rc}
}

// APIError is a non-2xx answer.
type APIError struct {
	Status  int
	Message string
}

func (e *APIError) Error() string { return fmt.Sprintf("flutterwave: %d %s", e.Status, e.Message) }

// Temporary reports whether a call may succeed when sent again.
func Temporary(err error) bool {
	var ae *APIError
	if errors.As(err, &ae) {
		return ae.Status == http.StatusTooManyRequests || ae.Status >= 500
	}
	return err != nil
}

type envelope[T any] struct {
	Status  string `json:"status"`
	Message string `json:"message"`
	Data    T      `json:"data"`
}

func decode[T any](resp *resty.Response, err error) (T, error) {
	var zero T
	if err != nil {
		return zero, err
	}
	env, _ := resp.Result().(*envelope[T])
	if resp.IsError() || env == nil {
		return zero, &APIError{Status: resp.StatusCode(), Message: resp.String()}
	}
	return env.Data, nil
}

// Transaction is a Flutterwave transaction.
type Transaction struct {
	ID       int64   `json:"id"`
	TxRef    string  `json:"tx_ref"`
	FlwRef   string  `json:"flw_ref"`
	Status   string  `json:"status"` // successful, failed, pending
	Amount   float64 `json:"amount"`
	Currency string  `json:"currency"`
	Card     struct {
		Token string `json:"token"`
	} `json:"card"`
}

// LinkInput creates a hosted payment link.
type LinkInput struct {
	TxRef       string  `json:"tx_ref"`
	Amount      float64 `json:"amount"`
	Currency    string  `json:"currency"`
	RedirectURL string  `json:"redirect_url"`
	Customer    struct {
		Email string `json:"email"`
		Phone string `json:"phonenumber"`
	} `json:"customer"`
}

// CreateLink returns the hosted checkout link for an order.
func (c *Client) CreateLink(ctx context.Context, in LinkInput) (string, error) {
	out, err := decode[struct {
		Link string `json:"link"`
	}](c.rc.R().SetContext(ctx).SetBody(in).SetResult(&envelope[struct {
		Link string `json:"link"`
	}]{}).Post("/payments"))
	return out.Link, err
}

// Verify reads a transaction by Flutterwave's id.
func (c *Client) Verify(ctx context.Context, id int64) (*Transaction, error) {
	tx, err := decode[Transaction](c.rc.R().SetContext(ctx).
		SetResult(&envelope[Transaction]{}).
		Get("/transactions/" + strconv.FormatInt(id, 10) + "/verify"))
	if err != nil {
		return nil, err
	}
	return &tx, nil
}

// VerifyByRef reads a transaction by the merchant's tx_ref.
func (c *Client) VerifyByRef(ctx context.Context, txRef string) (*Transaction, error) {
	tx, err := decode[Transaction](c.rc.R().SetContext(ctx).
		SetQueryParam("tx_ref", txRef).
		SetResult(&envelope[Transaction]{}).
		Get("/transactions/verify_by_reference"))
	if err != nil {
		return nil, err
	}
	return &tx, nil
}

// TokenCharge charges a saved card token.
type TokenCharge struct {
	Token     string  `json:"token"`
	Email     string  `json:"email"`
	Amount    float64 `json:"amount"`
	Currency  string  `json:"currency"`
	Country   string  `json:"country"`
	TxRef     string  `json:"tx_ref"`
	Narration string  `json:"narration"`
}

// ChargeToken charges a saved card for a subscription renewal.
func (c *Client) ChargeToken(ctx context.Context, in TokenCharge) (*Transaction, error) {
	tx, err := decode[Transaction](c.rc.R().SetContext(ctx).SetBody(in).
		SetResult(&envelope[Transaction]{}).
		Post("/tokenized-charges"))
	if err != nil {
		return nil, err
	}
	return &tx, nil
}
