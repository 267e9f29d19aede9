package providers

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
)

// Invoice states reported by lnd's REST API.
const (
	InvoiceOpen     = "OPEN"
	InvoiceSettled  = "SETTLED"
	InvoiceCanceled = "CANCELED"
	InvoiceAccepted = "ACCEPTED"
)

// Invoice is a Lightning invoice of the crew tip jar.
type Invoice struct {
	PaymentRequest string `json:"payment_request"`
	RHash          []byte `json:"r_hash"`
	State          string `json:"state"`
	AmtPaidSat     int64  `json:"amt_paid_sat,string"`
}

// Lnd is a small client for the REST proxy of our lnd node.
type Lnd struct {
	hc       *http.Client
	baseURL  string
	macaroon string
}

// NewLnd returns the client; macaroon is the hex invoice macaroon.
func NewLnd(hc *http.Client, baseURL, macaroon string) *Lnd {
	return &Lnd{hc: hc, baseURL: baseURL, macaroon: macaroon}
}

// AddInvoice creates a tip invoice for a crew member.
func (l *Lnd) AddInvoice(ctx context.Context, memo string, sats int64) (*Invoice, error) {
	body, _ := json.Marshal(map[string]any{"memo": memo, "value": sats, "expiry": 900})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, l.baseURL+"/v1/invoices", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	var inv Invoice
	if err := l.do(req, &inv); err != nil {
		return nil, err
	}
	return &inv, nil
}

// LookupInvoice reads an invoice by its payment hash.
func (l *Lnd) LookupInvoice(ctx context.Context, rHash []byte) (*Invoice, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, l.baseURL+"/v1/invoice/"+hex.EncodeToString(rHash), nil)
	if err != nil {
		return nil, err
	}
	var inv Invoice
	if err := l.do(req, &inv); err != nil {
		return nil, err
	}
	return &inv, nil
}

func (l *Lnd) do(req *http.Request, out any) error {
	req.Header.Set("Grpc-Metadata-macaroon", l.macaroon)
	resp, err := l.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("lnd %s: status %d", req.URL.Path, resp.StatusCode)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}
