package latam

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"audit23/airline/domain"
)

// PixClient talks to our bank's BACEN API Pix endpoints (mTLS transport
// configured by the caller).
type PixClient struct {
	base string
	key  string // our Pix key (chave)
	hc   *http.Client
	auth func(ctx context.Context) (string, error)
}

func NewPixClient(base, key string, hc *http.Client, auth func(ctx context.Context) (string, error)) *PixClient {
	return &PixClient{base: strings.TrimRight(base, "/"), key: key, hc: hc, auth: auth}
}

type Cob struct {
	TxID     string           `json:"txid"`
	Status   domain.PixStatus `json:"status"`
	Location string           `json:"location"`
	Copia    string           `json:"pixCopiaECola"`
	Valor    struct {
		Original string `json:"original"`
	} `json:"valor"`
}

// NewTxID makes a txid of 32 alphanumeric characters.
func NewTxID() string {
	const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return string(b)
}

func (c *PixClient) send(ctx context.Context, method, path string, body any, out any) error {
	var rd *bytes.Reader
	if body != nil {
		raw, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(raw)
	} else {
		rd = bytes.NewReader(nil)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return err
	}
	tok, err := c.auth(ctx)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("pix %s %s: %d", method, path, resp.StatusCode)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// CreateCob creates an immediate charge under txid.
func (c *PixClient) CreateCob(ctx context.Context, txid string, amountMinor int64, expiry time.Duration, info string) (*Cob, error) {
	body := map[string]any{
		"calendario":         map[string]any{"expiracao": int(expiry.Seconds())},
		"valor":              map[string]any{"original": fmt.Sprintf("%d.%02d", amountMinor/100, amountMinor%100)},
		"chave":              c.key,
		"solicitacaoPagador": info,
	}
	var cob Cob
	err := c.send(ctx, http.MethodPut, "/v2/cob/"+txid, body, &cob)
	return &cob, err
}

// GetCob reads a charge.
func (c *PixClient) GetCob(ctx context.Context, txid string) (*Cob, error) {
	var cob Cob
	err := c.send(ctx, http.MethodGet, "/v2/cob/"+txid, nil, &cob)
	return &cob, err
}

// PixCheckout runs the Pix payment of a Brazilian booking.
type PixCheckout struct {
	Pix    *PixClient
	Expiry time.Duration
	// Show hands the QR code to the booking page.
	Show func(ctx context.Context, pnr string, cob *Cob) error
}

var ErrPixTimeout = errors.New("pix: not paid in time")

// AwaitPaid waits for a charge to be final, for at most the charge's expiry
// plus a grace period.
func (p *PixCheckout) AwaitPaid(ctx context.Context, txid string) (domain.PixStatus, error) {
	ctx, cancel := context.WithTimeout(ctx, p.Expiry+5*time.Minute) // audit: lookalike pollbound: bounded by a deadline and left on every final status (Final)
	defer cancel()
	wait := 3 * time.Second
	for {
		cob, err := p.Pix.GetCob(ctx, txid)
		if err != nil && ctx.Err() != nil {
			return "", ErrPixTimeout
		}
		if err == nil && cob.Status.Final() {
			return cob.Status, nil
		}
		select {
		case <-ctx.Done():
			return "", ErrPixTimeout
		case <-time.After(wait): // audit: lookalike pollinterval: starts at 3s and grows to 30s
		}
		wait = min(wait+wait/2, 30*time.Second)
	}
}

// Run shows a charge and waits for it; when the bank removed the charge
// (expired), the passenger gets one fresh QR code.
func (p *PixCheckout) Run(ctx context.Context, b *domain.Booking) (string, error) {
	for round := 0; round < 2; round++ {
		txid := NewTxID()
		cob, err := p.Pix.CreateCob(ctx, txid, b.AmountMinor, p.Expiry, "Reserva "+b.PNR) // audit: lookalike pollcreate: the next round runs only after AwaitPaid saw the old charge removed (final); a timeout returns
		if err != nil {
			return "", err
		}
		if err := p.Show(ctx, b.PNR, cob); err != nil {
			return "", err
		}
		st, err := p.AwaitPaid(ctx, txid)
		if err != nil {
			return "", err
		}
		switch st {
		case domain.PixConcluded:
			return txid, nil
		case domain.PixRemoved, domain.PixRemovedBy:
			continue // removed by the bank after expiry: offer a fresh code
		}
	}
	return "", ErrPixTimeout
}

// RunRefreshing is used by the kiosk flow: the QR code on the kiosk screen
// is replaced every few minutes so that it never shows an expired one.
func (p *PixCheckout) RunRefreshing(ctx context.Context, b *domain.Booking, refresh time.Duration) (string, error) {
	txid := NewTxID()
	cob, err := p.Pix.CreateCob(ctx, txid, b.AmountMinor, p.Expiry, "Reserva "+b.PNR)
	if err != nil {
		return "", err
	}
	if err := p.Show(ctx, b.PNR, cob); err != nil {
		return "", err
	}
	shown := time.Now()
	for i := 0; i < 200; i++ {
		cur, err := p.Pix.GetCob(ctx, txid)
		if err != nil {
			return "", err
		}
		if cur.Status == domain.PixConcluded {
			return txid, nil
		}
		if cur.Status.Final() {
			return "", domain.ErrDeclined
		}
		if time.Since(shown) > refresh {
			txid = NewTxID()
			cob, err = p.Pix.CreateCob(ctx, txid, b.AmountMinor, p.Expiry, "Reserva "+b.PNR) // want "\\[pollcreate\\] new payment created inside the loop that polls payment txid \\(line 174\\):"
			if err != nil {
				return "", err
			}
			_ = p.Show(ctx, b.PNR, cob)
			shown = time.Now()
		}
		time.Sleep(4 * time.Second)
	}
	return "", ErrPixTimeout
}

// WatchUntilPaid follows a charge created by the call centre and reports
// when the passenger paid.
func (p *PixCheckout) WatchUntilPaid(ctx context.Context, txid string, paid func(context.Context, string) error) error {
	for { // want "\\[pollbound\\] loop polling payment txid stops only when the payment succeeds \\(line 208\\): a payment that ends FAILED, expired or canceled keeps it polling"
		cob, err := p.Pix.GetCob(ctx, txid)
		if err != nil {
			return err
		}
		if cob.Status == domain.PixConcluded {
			return paid(ctx, txid)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Second):
		}
	}
}
