// Package retryablehttp exercises go-retryablehttp sends: every one is
// retried by the client itself.
package retryablehttp

import (
	"context"
	"net/http"

	"github.com/google/uuid"
	"github.com/hashicorp/go-retryablehttp"
)

func do(ctx context.Context, c *retryablehttp.Client, orderID string) { // want `wrapper do write\|create POST /v1/payments keyparam=2 retries="retryablehttp.Client"`
	req, _ := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, "https://api.example.com/v1/payments", []byte(`{}`))
	req.Header.Set("Idempotency-Key", "pay-"+orderID)
	c.Do(req) // want `op write\|create POST /v1/payments key=Idempotency-Key keyparam=2 retries="retryablehttp.Client"$`
}

func post(c *retryablehttp.Client) { // want `wrapper post write\|create POST /v1/transfers retries="retryablehttp.Client"`
	c.Post("https://api.example.com/v1/transfers", "application/json", nil) // want `op write\|create POST /v1/transfers retries="retryablehttp.Client"$`
}

func pkgPost(id string) { // want `wrapper pkgPost write POST /v1/payouts/\{\}/cancel retries="retryablehttp.Client" idparam=0`
	retryablehttp.Post("https://api.example.com/v1/payouts/"+id+"/cancel", "application/json", nil) // want `op write POST /v1/payouts/\{\}/cancel retries="retryablehttp.Client" id=id$`
}

func fromRequest() { // want `wrapper fromRequest write\|create POST /v1/settlements haskey freshkey retries="retryablehttp.Client"`
	hr, _ := http.NewRequest(http.MethodPost, "https://api.example.com/v1/settlements", nil)
	hr.Header.Set("Idempotency-Key", uuid.NewString())
	req, _ := retryablehttp.FromRequest(hr)
	retryablehttp.NewClient().Do(req) // want `op write\|create POST /v1/settlements key=Idempotency-Key fresh=1 retries="retryablehttp.Client"$`
}

func standard(id string) { // want `wrapper standard read GET /v1/payments/\{\} retries="retryablehttp.Client" idparam=0`
	hc := retryablehttp.NewClient().StandardClient()
	hc.Get("https://api.example.com/v1/payments/" + id) // want `op read GET /v1/payments/\{\} retries="retryablehttp.Client" id=id$`
}
