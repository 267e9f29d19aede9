// Package cards is a hand-written client of a card acquirer's REST API
// over resty. The constructor configures the client (retries, base URL)
// and keeps it in a field; paths are made by a helper of the package.
package cards

import (
	"context"
	"net/http"
	"time"

	"github.com/go-resty/resty/v2"
)

type Acquirer struct {
	rest *resty.Client
}

func NewAcquirer(base, token string) *Acquirer {
	return &Acquirer{rest: resty.New().
		SetBaseURL(base).
		SetAuthToken(token).
		SetRetryCount(2).
		SetRetryWaitTime(time.Second)}
}

// versioned makes the path of a resource under the API version.
func versioned(resource string) string { return "/v3/" + resource }

type chargeBody struct {
	Amount   int64  `json:"amount"`
	Currency string `json:"currency"`
	Card     string `json:"card_token"`
}

// Charge: the charge POST is sent again by resty after a timeout, with
// no key.
func (a *Acquirer) Charge(ctx context.Context, cardToken string, cents int64) error {
	_, err := a.rest.R().SetContext(ctx). // want `POST /v3/charges is retried by the resty client with SetRetryCount\(2\) \(line 19\) without an idempotency key`
						SetBody(chargeBody{Amount: cents, Currency: "EUR", Card: cardToken}).
						Post(versioned("charges"))
	return err
}

// ChargeOrder: the same charge with the order's id as the key, the same
// on every attempt resty makes: silent.
func (a *Acquirer) ChargeOrder(ctx context.Context, orderID, cardToken string, cents int64) error {
	_, err := a.rest.R().SetContext(ctx).
		SetHeader("Idempotency-Key", "charge-"+orderID).
		SetBody(chargeBody{Amount: cents, Currency: "EUR", Card: cardToken}).
		Post(versioned("charges"))
	return err
}

// ---- a client that sends each request once ----------------------------

type Once struct {
	rest *resty.Client
}

func NewOnce(base string) *Once {
	return &Once{rest: resty.New().SetBaseURL(base).SetRetryCount(0)}
}

// Charge: SetRetryCount(0): silent.
func (o *Once) Charge(ctx context.Context, cardToken string, cents int64) error {
	_, err := o.rest.R().SetContext(ctx).
		SetBody(chargeBody{Amount: cents, Currency: "EUR", Card: cardToken}).
		Post(versioned("charges"))
	return err
}

// ---- a client that retries reads only ---------------------------------

type Reads struct {
	rest *resty.Client
}

func NewReads(base string) *Reads {
	return &Reads{rest: resty.New().SetBaseURL(base).SetRetryCount(3).
		AddRetryCondition(func(r *resty.Response, err error) bool {
			return r.Request.Method == http.MethodGet && (err != nil || r.StatusCode() >= 500)
		})}
}

// Charge: the client's retry condition lets only GETs go round: silent.
func (r *Reads) Charge(ctx context.Context, cardToken string, cents int64) error {
	_, err := r.rest.R().SetContext(ctx).
		SetBody(chargeBody{Amount: cents, Currency: "EUR", Card: cardToken}).
		Post(versioned("charges"))
	return err
}
