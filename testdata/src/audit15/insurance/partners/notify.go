package partners

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"

	retryablehttp "github.com/hashicorp/go-retryablehttp"
)

// Documents renders policy schedules and certificates.
type Documents struct {
	base string
	hc   *http.Client
}

func NewDocuments(base string) *Documents {
	return &Documents{base: base, hc: &http.Client{Timeout: 20 * time.Second}}
}

// RenderSchedule renders the policy schedule PDF and returns its URL.
func (d *Documents) RenderSchedule(ctx context.Context, policyID string) (string, error) {
	body, _ := json.Marshal(map[string]string{"template": "schedule", "policy_id": policyID})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, d.base+"/render", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	resp, err := d.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		URL string `json:"url"`
	}
	return out.URL, json.NewDecoder(resp.Body).Decode(&out)
}

// SMS sends text messages through the telco gateway.
type SMS struct {
	endpoint string
	apiKey   string
	hc       *http.Client
}

func NewSMS(endpoint, apiKey string) *SMS {
	return &SMS{endpoint: endpoint, apiKey: apiKey, hc: &http.Client{Timeout: 10 * time.Second}}
}

// Send implements policy.Notifier.
func (s *SMS) Send(ctx context.Context, holderID, text string) error {
	form := url.Values{"to_holder": {holderID}, "text": {text}, "key": {s.apiKey}}
	resp, err := s.hc.PostForm(s.endpoint, form)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("sms: %s", resp.Status)
	}
	return nil
}

// Fraud looks up a risk score for a claim's payee.
type Fraud struct {
	base string
	hc   *retryablehttp.Client
}

func NewFraud(base string) *Fraud {
	hc := retryablehttp.NewClient()
	hc.RetryMax = 2
	hc.CheckRetry = func(ctx context.Context, resp *http.Response, err error) (bool, error) {
		if err != nil {
			return true, nil
		}
		return resp.StatusCode >= 400, nil
	}
	return &Fraud{base: base, hc: hc}
}

// Score returns the payee's risk score, 0..100.
func (f *Fraud) Score(ctx context.Context, iban, name string) (int, error) {
	resp, err := f.hc.Post(f.base+"/score", "application/json",
		map[string]string{"iban": iban, "name": name})
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var out struct {
		Score int `json:"score"`
	}
	return out.Score, json.NewDecoder(resp.Body).Decode(&out)
}
