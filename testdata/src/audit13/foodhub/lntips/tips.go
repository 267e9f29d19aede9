// Package lntips lets customers tip couriers over Lightning through the
// platform's lnd node.
package lntips

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/hashicorp/go-retryablehttp"
	"github.com/lightningnetwork/lnd/lnrpc"
	"google.golang.org/grpc"
)

// ErrTipTimeout is returned when the customer did not pay the tip invoice.
var ErrTipTimeout = errors.New("lntips: tip not paid in time")

// Tipper creates tip invoices and forwards tips to couriers.
type Tipper struct {
	rest     *retryablehttp.Client
	baseURL  string
	macaroon string
	ln       lnrpc.LightningClient
}

// New returns a Tipper talking to lnd over REST (baseURL) and gRPC (conn).
func New(baseURL, macaroon string, conn grpc.ClientConnInterface) *Tipper {
	rc := retryablehttp.NewClient()
	rc.RetryMax = 4
	rc.RetryWaitMin = time.Second
	rc.RetryWaitMax = 10 * time.Second
	rc.CheckRetry = func(ctx context.Context, resp *http.Response, err error) (bool, error) {
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		if err != nil {
			return true, nil
		}
		if resp.StatusCode >= 400 { // want "\\[retrystatus\\] payment requests are retried by the retryablehttp client's CheckRetry .line 38.: every non-2xx status is retried"
			return true, nil
		}
		return false, nil
	}
	return &Tipper{rest: rc, baseURL: baseURL, macaroon: macaroon, ln: lnrpc.NewLightningClient(conn)}
}

func (t *Tipper) post(ctx context.Context, path string, in, out any) error {
	body, err := json.Marshal(in)
	if err != nil {
		return err
	}
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, t.baseURL+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Grpc-Metadata-macaroon", t.macaroon)
	req.Header.Set("Content-Type", "application/json")
	resp, err := t.rest.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("lnd %s: %s", path, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// Invoice is a tip invoice shown to the customer as a QR code.
type Invoice struct {
	PaymentRequest string `json:"payment_request"`
	RHash          string `json:"r_hash"`
}

// NewTipInvoice creates an invoice for a tip to a courier.
func (t *Tipper) NewTipInvoice(ctx context.Context, orderID string, sats int64) (*Invoice, error) {
	var inv Invoice
	err := t.post(ctx, "/v1/invoices", map[string]any{
		"value":  sats,
		"memo":   "foodhub tip for order " + orderID,
		"expiry": 600,
	}, &inv)
	return &inv, err
}

// AwaitTip waits until the customer paid the tip invoice.
func (t *Tipper) AwaitTip(ctx context.Context, inv *Invoice) error {
	hash, err := base64.StdEncoding.DecodeString(inv.RHash)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	tick := time.NewTicker(500 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 500ms"
	defer tick.Stop()
	for { // want "\\[pollbound\\] loop polling payment &lnrpc.PaymentHash\\{…\\} stops only when the payment succeeds"
		select {
		case <-ctx.Done():
			return ErrTipTimeout
		case <-tick.C:
		}
		got, err := t.ln.LookupInvoice(ctx, &lnrpc.PaymentHash{RHashStr: hex.EncodeToString(hash)})
		if err != nil {
			continue
		}
		if got.State == lnrpc.Invoice_SETTLED {
			return nil
		}
	}
}

// SendTip pays the courier's own invoice with the tip the customer paid.
func (t *Tipper) SendTip(ctx context.Context, courierInvoice string) error {
	var out struct {
		PaymentError string `json:"payment_error"`
	}
	if err := t.post(ctx, "/v1/channels/transactions", map[string]any{
		"payment_request": courierInvoice,
		"fee_limit":       map[string]any{"fixed": 20},
	}, &out); err != nil {
		return err
	}
	if out.PaymentError != "" {
		return errors.New("lnd: " + out.PaymentError)
	}
	return nil
}
