// Package credit sells prepaid account credit paid over Lightning or with
// an on-chain USDC transfer.
package credit

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
	"github.com/lightningnetwork/lnd/lnrpc"

	"audit16/hosting/store"
)

// Lightning creates invoices through lnd's REST proxy and watches them
// over gRPC.
type Lightning struct {
	rest     string
	macaroon string
	hc       *http.Client
	ln       lnrpc.LightningClient
	ledger   *store.Ledger
}

func NewLightning(rest, macaroonHex string, ln lnrpc.LightningClient, ledger *store.Ledger) *Lightning {
	return &Lightning{rest: rest, macaroon: macaroonHex, hc: &http.Client{Timeout: 10 * time.Second}, ln: ln, ledger: ledger}
}

type addInvoiceResp struct {
	RHash          string `json:"r_hash"`
	PaymentRequest string `json:"payment_request"`
}

// NewTopUp issues a Lightning invoice for a credit top-up and stores it
// as pending. It returns the BOLT11 payment request for the customer.
func (l *Lightning) NewTopUp(ctx context.Context, accountID string, cents, sats int64) (store.TopUp, string, error) {
	t := store.TopUp{ID: uuid.NewString(), AccountID: accountID, Method: "lightning", Cents: cents}
	body, _ := json.Marshal(map[string]any{
		"value":  sats,
		"memo":   "Hosting credit " + t.ID,
		"expiry": int64(invoiceTTL / time.Second),
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, l.rest+"/v1/invoices", bytes.NewReader(body))
	if err != nil {
		return t, "", err
	}
	req.Header.Set("Grpc-Metadata-macaroon", l.macaroon)
	resp, err := l.hc.Do(req)
	if err != nil {
		return t, "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return t, "", fmt.Errorf("lnd add invoice: %s", resp.Status)
	}
	var out addInvoiceResp
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return t, "", err
	}
	raw, err := base64.StdEncoding.DecodeString(out.RHash)
	if err != nil {
		return t, "", err
	}
	t.PaymentHash = hex.EncodeToString(raw)
	return t, out.PaymentRequest, l.ledger.InsertTopUp(ctx, t)
}

// Watch follows a top-up's invoice until it settles or is canceled and
// grants the credit once.
func (l *Lightning) Watch(ctx context.Context, t store.TopUp) error {
	ctx, cancel := context.WithTimeout(ctx, invoiceTTL+5*time.Minute)
	defer cancel()
	hash, err := hex.DecodeString(t.PaymentHash)
	if err != nil {
		return err
	}
	for {
		inv, err := l.ln.LookupInvoice(ctx, &lnrpc.PaymentHash{RHash: hash})
		if err != nil {
			return fmt.Errorf("lookup invoice %s: %w", t.ID, err)
		}
		switch inv.State {
		case lnrpc.Invoice_SETTLED:
			return Grant(ctx, l.ledger, t)
		case lnrpc.Invoice_CANCELED:
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(settlePollEvery): // want "\\[pollinterval\\] payment status polled every 500ms"
		}
	}
}

// Peek reads an invoice's state once.
func (l *Lightning) Peek(ctx context.Context, t store.TopUp) (lnrpc.Invoice_InvoiceState, error) {
	hash, err := hex.DecodeString(t.PaymentHash)
	if err != nil {
		return 0, err
	}
	inv, err := l.ln.LookupInvoice(ctx, &lnrpc.PaymentHash{RHash: hash})
	if err != nil {
		return 0, err
	}
	return inv.State, nil
}

// Grant credits a paid top-up exactly once, whatever its method.
func Grant(ctx context.Context, ledger *store.Ledger, t store.TopUp) error {
	moved, err := ledger.SettleTopUp(ctx, t.ID)
	if err != nil || !moved {
		return err
	}
	return ledger.AddCredit(ctx, t.AccountID, t.Cents)
}
