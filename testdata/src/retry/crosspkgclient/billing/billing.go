// Package billing sends through the clients made in package clients.
package billing

import "retry/crosspkgclient/clients"

func Capture(p *clients.PSP, id string) error {
	_, err := p.HTTP.R().SetBody(map[string]string{"id": id}).Post(p.Base + "/v1/payments/" + id + "/capture") // want `is retried by the resty client with SetRetryCount\(2\)`
	return err
}

func CapturePlain(p *clients.Plain, id string) error {
	_, err := p.HTTP.R().Post("https://api.psp.test/v1/payments/" + id + "/capture")
	return err
}

func PayQuiet(h *clients.Hook, body []byte) error {
	resp, err := h.HTTP.Post("https://api.psp.test/v1/payments", "application/json", body)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func PayRetrying(h *clients.Retrying, body []byte) error {
	resp, err := h.HTTP.Post("https://api.psp.test/v1/payments", "application/json", body) // want `POST /v1/payments is retried by the retryablehttp.Client`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
