// Package nethttp exercises the model on net/http sends.
package nethttp

import (
	"bytes"
	"context"
	"net/http"
	"net/url"
	"strings"
)

const base = "https://api.example.com"

type Client struct {
	hc   *http.Client
	base string
}

func createPayment(ctx context.Context, c *Client, body []byte) error { // want `wrapper createPayment write\|create POST /v1/payments`
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/payments", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.hc.Do(req) // want `op write\|create POST /v1/payments$`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func confirmPayment(id string) error { // want `wrapper confirmPayment write POST /v1/payments/\{\}/confirm idparam=0`
	req, _ := http.NewRequest("POST", base+"/v1/payments/"+id+"/confirm", nil)
	req = req.WithContext(context.Background())
	_, err := http.DefaultClient.Do(req) // want `op write POST /v1/payments/\{\}/confirm id=id`
	return err
}

func getPayment(hc *http.Client, id string) (*http.Response, error) { // want `wrapper getPayment read GET /v1/payments/\{\} idparam=1`
	return hc.Get(base + "/v1/payments/" + id) // want `op read GET /v1/payments/\{\} id=id`
}

func postForm(u url.Values) error { // want `wrapper postForm write\|create POST /v1/charges`
	_, err := http.PostForm(base+"/v1/charges", u) // want `op write\|create POST /v1/charges`
	return err
}

func post(body string) error { // want `wrapper post write POST /v1/pay/confirm`
	_, err := http.Post("https://hilt.example/v1/pay/confirm", "application/json", strings.NewReader(body)) // want `op write POST /v1/pay/confirm`
	return err
}

func patchLiteral(ctx context.Context, id string) error { // want `wrapper patchLiteral write PATCH /v1/payments/\{\} idparam=1`
	u, _ := url.Parse(base + "/v1/payments/" + id)
	req := &http.Request{Method: http.MethodPatch, URL: u}
	_, err := http.DefaultClient.Do(req.WithContext(ctx)) // want `op write PATCH /v1/payments/\{\} id=id`
	return err
}

// Look-alikes: not payment ops.

func tickets(body string) error {
	_, err := http.Post(base+"/v1/support/tickets", "application/json", strings.NewReader(body))
	return err
}

func analytics(hc *http.Client) error {
	req, _ := http.NewRequest(http.MethodPost, "https://stats.example.com/collect", nil)
	_, err := hc.Do(req)
	return err
}

func listPayments() error {
	_, err := http.Get(base + "/v1/payments") // a list, not one payment's status
	return err
}

func unknownMethod(method string) error {
	req, _ := http.NewRequest(method, base+"/v1/payments", nil)
	_, err := http.DefaultClient.Do(req)
	return err
}

func unknownURL(u string) error {
	_, err := http.Post(u, "application/json", nil)
	return err
}

func putIsNotAWrite() error {
	req, _ := http.NewRequest(http.MethodPut, base+"/v1/payments/x", nil)
	_, err := http.DefaultClient.Do(req)
	return err
}

func emailConfirm() error {
	_, err := http.Post(base+"/v1/email/confirm", "text/plain", nil)
	return err
}

// Doer is an HTTP client behind an interface (for tests).
type Doer interface {
	Do(req *http.Request) (*http.Response, error)
}

type Service struct{ http Doer }

func (s *Service) capture(id string) error { // want `wrapper Service.capture write POST /v1/payments/\{\}/capture idparam=0`
	req, _ := http.NewRequest(http.MethodPost, base+"/v1/payments/"+id+"/capture", nil)
	_, err := s.http.Do(req) // want `op write POST /v1/payments/\{\}/capture id=id$`
	return err
}
