// Package lenient retries 4xx only for reads, by the request's method:
// the model cannot tell which methods go round, so it stays silent.
package lenient

import (
	"context"
	"net/http"

	"github.com/go-resty/resty/v2"
)

var client = resty.New().SetBaseURL("https://api.lenient.example/v1").SetRetryCount(2)

func init() {
	client.AddRetryCondition(func(r *resty.Response, err error) bool {
		return r.Request.Method == http.MethodGet && (err != nil || r.StatusCode() >= 400)
	})
}

// Capture captures a payment.
func Capture(ctx context.Context, id string) error {
	_, err := client.R().SetContext(ctx).Post("/payments/" + id + "/capture")
	return err
}
