// Package pisp asks a bank's payment-initiation API (Open Banking UK
// profile) for payment consents before the payer authorises them. A
// consent moves no money, but the bank's answer to it does not change:
// an international payment consent retried by a loop on every answer but
// 201, and a variable-recurring-payment consent retried by retry-go on
// every error the status makes, send a 400/403/422 again (reported). The
// same loops around an account-access consent, Berlin Group's /v1/consents,
// an OAuth token, and a domestic payment consent retried only on 429 and
// 5xx stay silent.
package pisp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/avast/retry-go/v4"
)

type Bank struct {
	hc   *http.Client
	base string
}

type created struct {
	Data struct {
		ConsentID string `json:"ConsentId"`
	} `json:"Data"`
}

// post sends body once with the key and hands back the answer.
func (b *Bank) post(ctx context.Context, path, key string, body []byte) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.base+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("x-idempotency-key", key)
	return b.hc.Do(req)
}

// Reported: every answer but 201 goes round again.
func (b *Bank) InternationalConsent(ctx context.Context, key string, body []byte) (string, error) {
	var last error
	for attempt := 0; attempt < 5; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.base+"/open-banking/v3.1/pisp/international-payment-consents", bytes.NewReader(body))
		if err != nil {
			return "", err
		}
		req.Header.Set("x-idempotency-key", key)
		resp, err := b.hc.Do(req)
		if err == nil {
			if resp.StatusCode == http.StatusCreated { // want `POST /open-banking/v3.1/pisp/international-payment-consents is retried by a for loop \(line 48\): every non-2xx status is retried, including 400/404/409/422`
				defer resp.Body.Close()
				var out created
				return out.Data.ConsentID, json.NewDecoder(resp.Body).Decode(&out)
			}
			resp.Body.Close()
			err = fmt.Errorf("consent: status %d", resp.StatusCode)
		}
		last = err
		time.Sleep(time.Duration(2<<attempt) * time.Second)
	}
	return "", last
}

// Reported: retry-go sends every status the callback turns into an error
// round again.
func (b *Bank) RecurringConsent(ctx context.Context, key string, body []byte) (string, error) {
	var id string
	err := retry.Do(func() error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.base+"/open-banking/v3.1/vrp/domestic-vrp-consents", bytes.NewReader(body))
		if err != nil {
			return retry.Unrecoverable(err)
		}
		req.Header.Set("x-idempotency-key", key)
		resp, err := b.hc.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusCreated { // want `POST /open-banking/v3.1/vrp/domestic-vrp-consents is retried by retry.Do \(line 74\): every non-2xx status is retried`
			return fmt.Errorf("vrp consent: status %d", resp.StatusCode)
		}
		var out created
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
			return retry.Unrecoverable(err)
		}
		id = out.Data.ConsentID
		return nil
	}, retry.Attempts(4), retry.Delay(2*time.Second), retry.Context(ctx))
	return id, err
}

// Look-alike: an account-access consent (reading balances) asks for no payment.
func (b *Bank) AccountAccess(ctx context.Context, key string, body []byte) (string, error) {
	var last error
	for attempt := 0; attempt < 5; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.base+"/open-banking/v3.1/aisp/account-access-consents", bytes.NewReader(body))
		if err != nil {
			return "", err
		}
		req.Header.Set("x-idempotency-key", key)
		resp, err := b.hc.Do(req)
		if err == nil {
			if resp.StatusCode == http.StatusCreated {
				defer resp.Body.Close()
				var out created
				return out.Data.ConsentID, json.NewDecoder(resp.Body).Decode(&out)
			}
			resp.Body.Close()
			err = fmt.Errorf("consent: status %d", resp.StatusCode)
		}
		last = err
		time.Sleep(time.Duration(2<<attempt) * time.Second)
	}
	return "", last
}

// Look-alike: Berlin Group's account information consent.
func (b *Bank) BerlinGroupConsent(ctx context.Context, key string, body []byte) error {
	var last error
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := b.post(ctx, "/v1/consents", key, body)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusCreated {
				return nil
			}
			err = fmt.Errorf("consent: status %d", resp.StatusCode)
		}
		last = err
		time.Sleep(time.Duration(2<<attempt) * time.Second)
	}
	return last
}

// Look-alike: the client-credentials token the consent calls need.
func (b *Bank) Token(ctx context.Context, form []byte) error {
	var last error
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := b.post(ctx, "/as/token.oauth2", "", form)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
			err = fmt.Errorf("token: status %d", resp.StatusCode)
		}
		last = err
		time.Sleep(time.Duration(2<<attempt) * time.Second)
	}
	return last
}

// Look-alike: a domestic payment consent sent again only after a 429 or
// a 5xx; a refusal ends the loop.
func (b *Bank) DomesticConsent(ctx context.Context, key string, body []byte) (string, error) {
	var last error
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := b.post(ctx, "/open-banking/v3.1/pisp/domestic-payment-consents", key, body)
		if err == nil {
			defer resp.Body.Close()
			switch {
			case resp.StatusCode == http.StatusCreated:
				var out created
				return out.Data.ConsentID, json.NewDecoder(resp.Body).Decode(&out)
			case resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode < 500:
				return "", fmt.Errorf("consent refused: status %d", resp.StatusCode)
			}
			err = fmt.Errorf("consent: status %d", resp.StatusCode)
		}
		last = err
		time.Sleep(time.Duration(2<<attempt) * time.Second)
	}
	return "", last
}
