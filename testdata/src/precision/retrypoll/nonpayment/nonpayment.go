// Package nonpayment retries POSTs that are not payment writes: Slack
// webhooks, email, analytics, search indexing, OAuth token refresh, card
// tokenisation and customer records.
package nonpayment

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/go-resty/resty/v2"
	"github.com/hashicorp/go-retryablehttp"
	"github.com/sethvargo/go-retry"
)

type Notifier struct {
	SlackURL string
	HTTP     *http.Client
}

// PaymentSucceeded posts to Slack that a payment went through, with retries.
func (n *Notifier) PaymentSucceeded(ctx context.Context, paymentID string, amount int64) error {
	msg, _ := json.Marshal(map[string]string{"text": fmt.Sprintf("payment %s succeeded: %d", paymentID, amount)})
	return backoff.Retry(func() error {
		resp, err := n.HTTP.Post(n.SlackURL, "application/json", bytes.NewReader(msg))
		if err != nil {
			return err
		}
		resp.Body.Close()
		return nil
	}, backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 5))
}

// SendReceipt sends the payment receipt email through the mail API.
func SendReceipt(ctx context.Context, to, paymentID string) error {
	c := retryablehttp.NewClient()
	body := fmt.Sprintf(`{"to":%q,"template":"receipt","payment_id":%q}`, to, paymentID)
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, "https://api.mailer.example/v3/mail/send", strings.NewReader(body))
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// TrackCheckout sends an analytics event for a completed payment.
func TrackCheckout(ctx context.Context, paymentID string) error {
	cl := resty.New().SetRetryCount(3)
	_, err := cl.R().SetContext(ctx).SetBody(map[string]string{"event": "payment_completed", "payment_id": paymentID}).Post("https://analytics.example.com/v1/track")
	return err
}

// IndexPayment pushes a payment document into the search index.
func IndexPayment(ctx context.Context, es *http.Client, doc map[string]any) error {
	b, _ := json.Marshal(doc)
	return retry.Do(ctx, retry.WithMaxRetries(3, retry.NewExponential(100*time.Millisecond)), func(ctx context.Context) error {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "http://search:9200/payments/_doc", bytes.NewReader(b))
		resp, err := es.Do(req)
		if err != nil {
			return retry.RetryableError(err)
		}
		resp.Body.Close()
		return nil
	})
}

// RefreshToken refreshes an OAuth access token for the payments API.
func RefreshToken(ctx context.Context, hc *http.Client, refresh string) (string, error) {
	form := url.Values{"grant_type": {"refresh_token"}, "refresh_token": {refresh}}
	var tok struct {
		AccessToken string `json:"access_token"`
	}
	for attempt := 1; attempt <= 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://auth.payments.example/oauth/token", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		resp, err := hc.Do(req)
		if err != nil {
			time.Sleep(time.Duration(attempt) * 500 * time.Millisecond)
			continue
		}
		err = json.NewDecoder(resp.Body).Decode(&tok)
		resp.Body.Close()
		if err == nil {
			return tok.AccessToken, nil
		}
	}
	return "", fmt.Errorf("token refresh failed")
}

// CreateCustomer registers the buyer as a customer (not a payment).
func CreateCustomer(ctx context.Context, hc *http.Client, api, email string) error {
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, api+"/v1/customers", strings.NewReader("email="+url.QueryEscape(email)))
		resp, err := hc.Do(req)
		if err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Second)
	}
	return fmt.Errorf("create customer: giving up")
}

// Tokenize exchanges card details for a token.
func Tokenize(ctx context.Context, hc *http.Client, api string, card url.Values) (*http.Response, error) {
	var resp *http.Response
	err := backoff.Retry(func() error {
		var err error
		resp, err = hc.PostForm(api+"/v1/tokens", card)
		return err
	}, backoff.NewExponentialBackOff())
	return resp, err
}
