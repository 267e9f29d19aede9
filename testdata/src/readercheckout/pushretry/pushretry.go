// Package pushretry pushes card-reader checkouts (a SumUp-like API: POST
// /v0.1/merchants/{m}/checkouts with checkout_reference, amount and
// currency; the checkout is charged to the card that taps) through one
// request function whose method, path and body are parameters. The
// provider refuses a second checkout with the same checkout_reference,
// so a reference made anew on every attempt lets a retry after a lost
// answer push a second charge. Look-alikes: the same dispatcher used for
// reads and for requests that move no money, and a reference made once
// before the retry or taken from the order.
package pushretry

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
)

// Reader is a hand-written client of the reader vendor's REST API.
type Reader struct {
	hc       *http.Client
	base     string
	token    string
	merchant string
}

// call sends every request of the client.
func (r *Reader) call(ctx context.Context, method, path string, body []byte) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, r.base+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+r.token)
	req.Header.Set("Content-Type", "application/json")
	return r.hc.Do(req)
}

type checkoutRequest struct {
	CheckoutReference string  `json:"checkout_reference"`
	Amount            float64 `json:"amount"`
	Currency          string  `json:"currency"`
	ReaderID          string  `json:"reader_id"`
}

// attemptBody draws a new reference each time it is called.
func attemptBody(readerID string, amount float64) []byte {
	b, _ := json.Marshal(checkoutRequest{
		CheckoutReference: "till-" + uuid.NewString(),
		Amount:            amount,
		Currency:          "EUR",
		ReaderID:          readerID,
	})
	return b
}

// orderBody takes the reference from the order.
func orderBody(orderID, readerID string, amount float64) []byte {
	b, _ := json.Marshal(checkoutRequest{
		CheckoutReference: "order-" + orderID,
		Amount:            amount,
		Currency:          "EUR",
		ReaderID:          readerID,
	})
	return b
}

func (r *Reader) checkouts() string { return "/v0.1/merchants/" + r.merchant + "/checkouts" }

// Push retries the checkout with a body built anew on every attempt.
func (r *Reader) Push(ctx context.Context, readerID string, amount float64) error {
	for attempt := 0; attempt < 3; attempt++ {
		body := attemptBody(readerID, amount)
		resp, err := r.call(ctx, http.MethodPost, "/v0.1/merchants/"+r.merchant+"/checkouts", body) // want `POST /v0.1/merchants/\{\}/checkouts is retried by a for loop \(line 76\) but attemptBody makes a new idempotency key on every call`
		if err != nil {
			time.Sleep(time.Second << attempt)
			continue
		}
		resp.Body.Close()
		if resp.StatusCode < 500 {
			return nil
		}
		time.Sleep(time.Second << attempt)
	}
	return fmt.Errorf("reader api unavailable")
}

// PushBackoff hands the body builder's call to the request in a
// backoff operation.
func (r *Reader) PushBackoff(ctx context.Context, readerID string, amount float64) error {
	return backoff.Retry(func() error {
		resp, err := r.call(ctx, http.MethodPost, r.checkouts(), attemptBody(readerID, amount)) // want `POST /v0.1/merchants/\{\}/checkouts is retried by backoff.Retry \(line 95\) but attemptBody makes a new idempotency key on every call`
		if err != nil {
			return err
		}
		resp.Body.Close()
		if resp.StatusCode >= 500 {
			return fmt.Errorf("reader api %d", resp.StatusCode)
		}
		return nil
	}, backoff.WithContext(backoff.NewExponentialBackOff(), ctx))
}

// PushInline writes the body in the loop, with the clock in the
// reference.
func (r *Reader) PushInline(ctx context.Context, readerID string, amount float64) error {
	var last error
	for attempt := 0; attempt < 3; attempt++ {
		ref := fmt.Sprintf("%s-%d", readerID, time.Now().UnixNano())
		body, _ := json.Marshal(map[string]any{"checkout_reference": ref, "amount": amount, "currency": "EUR"})
		resp, err := r.call(ctx, http.MethodPost, r.checkouts(), body) // want `POST /v0.1/merchants/\{\}/checkouts is retried by a for loop \(line 112\) with an idempotency key made anew on every attempt`
		if err != nil {
			last = err
			time.Sleep(2 * time.Second)
			continue
		}
		resp.Body.Close()
		return nil
	}
	return last
}

// PushOnce builds the body, reference included, once before the retry.
func (r *Reader) PushOnce(ctx context.Context, readerID string, amount float64) error {
	body := attemptBody(readerID, amount)
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := r.call(ctx, http.MethodPost, r.checkouts(), body)
		if err != nil {
			time.Sleep(time.Second << attempt)
			continue
		}
		resp.Body.Close()
		return nil
	}
	return fmt.Errorf("reader api unavailable")
}

// PushOrder takes the reference from the order on every attempt.
func (r *Reader) PushOrder(ctx context.Context, orderID, readerID string, amount float64) error {
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := r.call(ctx, http.MethodPost, r.checkouts(), orderBody(orderID, readerID, amount))
		if err != nil {
			time.Sleep(time.Second << attempt)
			continue
		}
		resp.Body.Close()
		return nil
	}
	return fmt.Errorf("reader api unavailable")
}

// Checkout reads one checkout, retried on transport errors.
func (r *Reader) Checkout(ctx context.Context, id string) (*http.Response, error) {
	var last error
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := r.call(ctx, http.MethodGet, r.checkouts()+"/"+id, nil)
		if err == nil {
			return resp, nil
		}
		last = err
		time.Sleep(time.Second)
	}
	return nil, last
}

// PairDevice registers a reader; no money moves.
func (r *Reader) PairDevice(ctx context.Context, code string) error {
	body, _ := json.Marshal(map[string]string{"pairing_code": code, "name": "till-" + uuid.NewString()})
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := r.call(ctx, http.MethodPost, "/v0.1/merchants/"+r.merchant+"/devices", body)
		if err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Second)
	}
	return fmt.Errorf("pair device failed")
}

// Subscribe registers the webhook the vendor posts checkout events to.
func (r *Reader) Subscribe(ctx context.Context, url string) error {
	for attempt := 0; attempt < 3; attempt++ {
		body, _ := json.Marshal(map[string]string{"url": url, "secret_ref": uuid.NewString()})
		resp, err := r.call(ctx, http.MethodPost, "/v0.1/webhooks", body)
		if err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Second)
	}
	return fmt.Errorf("subscribe failed")
}

// EmailReceipt mails the receipt of a settled checkout.
func (r *Reader) EmailReceipt(ctx context.Context, txCode, email string, amount float64) error {
	for attempt := 0; attempt < 3; attempt++ {
		body, _ := json.Marshal(map[string]any{
			"transaction_code": txCode, "email": email, "amount": amount, "currency": "EUR",
			"reference": fmt.Sprintf("rcpt-%d", time.Now().UnixNano()),
		})
		resp, err := r.call(ctx, http.MethodPost, "/v0.1/receipts/email", body)
		if err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Second)
	}
	return fmt.Errorf("receipt failed")
}
