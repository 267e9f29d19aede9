// Package gateway holds its payment clients in struct fields, configured
// in constructors.
package gateway

import (
	"context"
	"net/http"

	"github.com/go-resty/resty/v2"
	"github.com/hashicorp/go-retryablehttp"
)

// Gateway sends through a retryablehttp client: it retries by default.
type Gateway struct {
	http *retryablehttp.Client
	base string
}

func NewGateway() *Gateway {
	return &Gateway{http: retryablehttp.NewClient(), base: "https://api.psp.test"}
}

func (g *Gateway) Charge(ctx context.Context, body []byte) error {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, g.base+"/v1/payments", body)
	if err != nil {
		return err
	}
	resp, err := g.http.Do(req) // want `POST /v1/payments is retried by the retryablehttp.Client`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Quiet turns the retries off in its constructor.
type Quiet struct{ http *retryablehttp.Client }

func NewQuiet() *Quiet {
	c := retryablehttp.NewClient()
	c.RetryMax = 0
	return &Quiet{http: c}
}

func (q *Quiet) Charge(ctx context.Context, body []byte) error {
	req, _ := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, "https://api.psp.test/v1/payments", body)
	resp, err := q.http.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Quieter turns the retries off on the field.
type Quieter struct{ http *retryablehttp.Client }

func NewQuieter() *Quieter {
	q := &Quieter{http: retryablehttp.NewClient()}
	q.http.RetryMax = 0
	return q
}

func (q *Quieter) Charge(ctx context.Context, body []byte) error {
	req, _ := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, "https://api.psp.test/v1/payments", body)
	resp, err := q.http.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Plain sends through a plain *http.Client: no retries.
type Plain struct{ http *http.Client }

func NewPlain() *Plain { return &Plain{http: &http.Client{}} }

func (p *Plain) Charge(ctx context.Context, req *http.Request) error {
	req.Method = http.MethodPost
	resp, err := p.http.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Resty sends through a resty client configured to retry.
type Resty struct{ rc *resty.Client }

func NewResty() *Resty {
	c := resty.New()
	c.SetRetryCount(3)
	return &Resty{rc: c}
}

func (r *Resty) Refund(body map[string]any) error {
	_, err := r.rc.R().SetBody(body).Post("https://api.psp.test/v1/refunds") // want `POST /v1/refunds is retried by the resty client with SetRetryCount\(3\)`
	return err
}

// RestyOnce never sets a retry count.
type RestyOnce struct{ rc *resty.Client }

func NewRestyOnce() *RestyOnce { return &RestyOnce{rc: resty.New().SetBaseURL("https://api.psp.test")} }

func (r *RestyOnce) Refund(body map[string]any) error {
	_, err := r.rc.R().SetBody(body).Post("/v1/refunds")
	return err
}
