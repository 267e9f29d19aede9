// Package realkeys: payment writes retried with the field the provider
// dedupes on (Alipay/WeChat out_trade_no, PayPal sender_batch_id, Woovi
// correlationID) instead of an Idempotency-Key header.
package realkeys

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"strings"
	"time"

	backoff "github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
)

const alipay = "https://openapi.alipay.com/v3/alipay/trade/pay"

type Order struct {
	ID     string
	Amount int64
}

// --- silent: a stable per-operation value in the provider's own field ---

// out_trade_no from the order row, the same on every attempt.
func alipayFromOrder(ctx context.Context, c *http.Client, o Order) error {
	for attempt := 0; attempt < 3; attempt++ {
		form := url.Values{}
		form.Set("out_trade_no", o.ID)
		form.Set("total_amount", fmt.Sprint(o.Amount))
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, alipay, strings.NewReader(form.Encode()))
		resp, err := c.Do(req)
		if err == nil && resp.StatusCode < 500 {
			return nil
		}
		time.Sleep(time.Second << attempt)
	}
	return fmt.Errorf("alipay: gave up")
}

type payoutHeader struct {
	SenderBatchID string `json:"sender_batch_id"`
}

type payoutRequest struct {
	Header payoutHeader `json:"sender_batch_header"`
	Items  []string     `json:"items"`
}

// PayPal payouts: sender_batch_id made once, before the retry.
func paypalBatchOnce(c *http.Client, items []string) error {
	batch := uuid.NewString()
	return backoff.Retry(func() error {
		body, _ := json.Marshal(payoutRequest{Header: payoutHeader{SenderBatchID: batch}, Items: items})
		resp, err := c.Post("https://api-m.paypal.com/v1/payments/payouts", "application/json", bytes.NewReader(body))
		if err != nil {
			return err
		}
		resp.Body.Close()
		return nil
	}, backoff.NewExponentialBackOff())
}

// --- flagged: the same field made anew on every attempt ---

func alipayClockPerAttempt(ctx context.Context, c *http.Client, o Order) error {
	for attempt := 0; attempt < 3; attempt++ {
		form := url.Values{}
		form.Set("out_trade_no", fmt.Sprint(time.Now().UnixNano()))
		form.Set("total_amount", fmt.Sprint(o.Amount))
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, alipay, strings.NewReader(form.Encode()))
		resp, err := c.Do(req) // want `POST /v3/alipay/trade/pay is retried by a for loop \(line 72\) with an idempotency key made anew on every attempt \(time.Now\(\), line 74\)`
		if err == nil && resp.StatusCode < 500 {
			return nil
		}
		time.Sleep(time.Second << attempt)
	}
	return fmt.Errorf("alipay: gave up")
}

type pixPayment struct {
	CorrelationID string `json:"correlationID"`
	Value         int64  `json:"value"`
}

// Woovi: "generating a new correlationID for the same payment creates a
// duplicate".
func pixCorrelationInClosure(c *http.Client, value int64) error {
	return backoff.Retry(func() error {
		body, _ := json.Marshal(pixPayment{CorrelationID: uuid.NewString(), Value: value})
		resp, err := c.Post("https://api.woovi.com/api/v1/payment", "application/json", bytes.NewReader(body)) // want `POST /api/v1/payment is retried by backoff.Retry \(line 94\) with an idempotency key made anew on every attempt \(uuid.NewString\(\), line 95\)`
		if err != nil {
			return err
		}
		resp.Body.Close()
		return nil
	}, backoff.NewExponentialBackOff())
}

// out_trade_no from the attempt counter.
func alipayCounter(ctx context.Context, c *http.Client, o Order) error {
	for attempt := 0; attempt < 3; attempt++ {
		form := url.Values{"out_trade_no": {fmt.Sprintf("%s-%d", o.ID, attempt)}}
		resp, err := http.PostForm(alipay, form) // want `POST /v3/alipay/trade/pay is retried by a for loop \(line 107\) with an idempotency key made from the attempt counter attempt`
		if err == nil && resp.StatusCode < 500 {
			return nil
		}
	}
	return fmt.Errorf("alipay: gave up")
}

// A constant reference is a note: no key at all.
func paystackConstantReference(c *http.Client) error {
	for i := 0; i < 3; i++ {
		body, _ := json.Marshal(map[string]string{"reference": "monthly fee"})
		resp, err := c.Post("https://api.paystack.co/v1/charges", "application/json", bytes.NewReader(body)) // want `POST /v1/charges is retried by a for loop \(line 119\) without an idempotency key`
		if err == nil {
			resp.Body.Close()
			return nil
		}
	}
	return fmt.Errorf("gave up")
}

// --- silent look-alikes ---

// A free-text reference made per attempt in a POST that is not a payment.
func supportNotePerAttempt(c *http.Client, text string) error {
	for i := 0; i < 3; i++ {
		body, _ := json.Marshal(map[string]string{"reference": "note-" + fmt.Sprint(time.Now().UnixNano()), "text": text})
		resp, err := c.Post("https://api.example.com/v1/support/notes", "application/json", bytes.NewReader(body))
		if err == nil {
			resp.Body.Close()
			return nil
		}
	}
	return fmt.Errorf("gave up")
}

// A correlationId used only for logging, on a GET.
func statusWithCorrelation(ctx context.Context, c *http.Client, id string) error {
	return backoff.Retry(func() error {
		corr := uuid.NewString()
		log.Printf("correlationId=%s", corr)
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.example.com/v1/payments/"+id, nil)
		req.Header.Set("correlationId", corr)
		resp, err := c.Do(req)
		if err != nil {
			return err
		}
		resp.Body.Close()
		return nil
	}, backoff.NewExponentialBackOff())
}

// --- through a wrapper that takes the body ---

func postPix(c *http.Client, p pixPayment) error {
	body, _ := json.Marshal(p)
	resp, err := c.Post("https://api.woovi.com/api/v1/payment", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// The correlationID is made once, before the loop: silent.
func pixWrapperStable(c *http.Client, value int64) error {
	p := pixPayment{CorrelationID: uuid.NewString(), Value: value}
	var err error
	for i := 0; i < 3; i++ {
		if err = postPix(c, p); err == nil {
			return nil
		}
	}
	return err
}

// A new correlationID on every attempt.
func pixWrapperFresh(c *http.Client, value int64) error {
	var err error
	for i := 0; i < 3; i++ {
		if err = postPix(c, pixPayment{CorrelationID: uuid.NewString(), Value: value}); err == nil { // want `realkeys.postPix \(POST /api/v1/payment\) is retried by a for loop \(line 187\) with an idempotency key made anew on every attempt`
			return nil
		}
	}
	return err
}
