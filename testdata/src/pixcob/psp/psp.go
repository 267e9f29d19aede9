// Package psp is a hand-written client of a PSP's Pix API (BACEN "API
// Pix" v2): PUT /v2/cob/{txid} creates an immediate charge under the
// txid the merchant chose, POST /v2/cob creates one under a txid the PSP
// chooses, PUT /v2/cobv/{txid} creates a charge with a due date, GET
// /v2/cob/{txid} reads one back (ATIVA, CONCLUIDA, REMOVIDA_*), PATCH
// /v2/cob/{txid} revises one, and PUT /v2/webhook/{chave} sets where the
// PSP posts its callbacks.
package psp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Charge statuses.
const (
	StatusActive    = "ATIVA"
	StatusCompleted = "CONCLUIDA"
	StatusRemoved   = "REMOVIDA_PELO_PSP"
)

// Cob is an immediate charge.
type Cob struct {
	TxID      string `json:"txid"`
	Status    string `json:"status"`
	CopyPaste string `json:"pixCopiaECola"`
}

// Client talks to the PSP.
type Client struct {
	hc     *http.Client
	base   string
	token  string
	pixKey string
}

// New builds a client.
func New(base, token, pixKey string) *Client {
	return &Client{hc: &http.Client{Timeout: 15 * time.Second}, base: base, token: token, pixKey: pixKey}
}

func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	var body []byte
	if in != nil {
		body, _ = json.Marshal(in)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("pix %s %s: %d", method, path, resp.StatusCode)
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func (c *Client) charge(cents int64, expires time.Duration) map[string]any {
	return map[string]any{
		"calendario": map[string]int{"expiracao": int(expires.Seconds())},
		"valor":      map[string]string{"original": fmt.Sprintf("%d.%02d", cents/100, cents%100)},
		"chave":      c.pixKey,
	}
}

// CreateCob creates the immediate charge txid; a retry sends the same
// txid, which the PSP never charges twice.
func (c *Client) CreateCob(ctx context.Context, txid string, cents int64, expires time.Duration) (*Cob, error) {
	var cob Cob
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if err = c.do(ctx, http.MethodPut, "/v2/cob/"+txid, c.charge(cents, expires), &cob); err == nil {
			return &cob, nil
		}
		time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
	}
	return nil, err
}

// CreateCobAnyTxID lets the PSP choose the txid.
func (c *Client) CreateCobAnyTxID(ctx context.Context, cents int64, expires time.Duration) (*Cob, error) {
	var cob Cob
	err := c.do(ctx, http.MethodPost, "/v2/cob", c.charge(cents, expires), &cob)
	return &cob, err
}

// CreateDue creates a charge with a due date under txid.
func (c *Client) CreateDue(ctx context.Context, txid string, cents int64, due string) (*Cob, error) {
	var cob Cob
	err := c.do(ctx, http.MethodPut, "/v2/cobv/"+txid, map[string]any{
		"calendario": map[string]string{"dataDeVencimento": due},
		"valor":      map[string]string{"original": fmt.Sprintf("%d.%02d", cents/100, cents%100)},
		"chave":      c.pixKey,
	}, &cob)
	return &cob, err
}

// Get reads a charge by txid.
func (c *Client) Get(ctx context.Context, txid string) (*Cob, error) {
	var cob Cob
	err := c.do(ctx, http.MethodGet, "/v2/cob/"+txid, nil, &cob)
	return &cob, err
}

// GetDue reads a charge with a due date by txid.
func (c *Client) GetDue(ctx context.Context, txid string) (*Cob, error) {
	var cob Cob
	err := c.do(ctx, http.MethodGet, "/v2/cobv/"+txid, nil, &cob)
	return &cob, err
}

// Revise changes an active charge (its payer note).
func (c *Client) Revise(ctx context.Context, txid, note string) error {
	return c.do(ctx, http.MethodPatch, "/v2/cob/"+txid, map[string]string{"solicitacaoPagador": note}, nil)
}

// SetWebhook sets the callback URL of the merchant's Pix key, retried
// on every failure.
func (c *Client) SetWebhook(ctx context.Context, url string) error {
	var err error
	for attempt := 0; attempt < 5; attempt++ {
		if err = c.do(ctx, http.MethodPut, "/v2/webhook/"+c.pixKey, map[string]string{"webhookUrl": url}, nil); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}
