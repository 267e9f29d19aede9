// Package pix is a small client for the PSP's BACEN API Pix (cob endpoints).
package pix

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"audit24/pharmacy24/platform"
)

const (
	StatusActive        = "ATIVA"
	StatusConcluded     = "CONCLUIDA"
	StatusRemovedByUser = "REMOVIDA_PELO_USUARIO_RECEBEDOR"
	StatusRemovedByPSP  = "REMOVIDA_PELO_PSP"
)

type Cob struct {
	TxID     string `json:"txid"`
	Status   string `json:"status"`
	Location string `json:"location"`
	PixCopia string `json:"pixCopiaECola"`
	Valor    struct {
		Original string `json:"original"`
	} `json:"valor"`
}

type Client struct {
	base  string
	token string
	key   string
	hc    *http.Client
}

type Option func(*Client)

func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.hc = hc } }

func New(base, token, key string, opts ...Option) *Client {
	c := &Client{base: base, token: token, key: key, hc: &http.Client{Timeout: 15 * time.Second}}
	for _, o := range opts {
		o(c)
	}
	return c
}

// NewTxID returns a fresh 32-character txid.
func NewTxID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// CreateCob creates (PUT) the immediate charge identified by txid.
func (c *Client) CreateCob(ctx context.Context, txid string, amountMinor int64, expiry time.Duration, payerNote string) (*Cob, error) {
	body, _ := json.Marshal(map[string]any{
		"calendario":         map[string]any{"expiracao": int(expiry.Seconds())},
		"valor":              map[string]any{"original": fmt.Sprintf("%d.%02d", amountMinor/100, amountMinor%100)},
		"chave":              c.key,
		"solicitacaoPagador": payerNote,
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, c.base+"/v2/cob/"+txid, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	var out Cob
	return &out, c.do(req, &out)
}

// GetCob reads the charge's current state.
func (c *Client) GetCob(ctx context.Context, txid string) (*Cob, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v2/cob/"+txid, nil)
	if err != nil {
		return nil, err
	}
	var out Cob
	return &out, c.do(req, &out)
}

func (c *Client) do(req *http.Request, out any) error {
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		var buf bytes.Buffer
		_, _ = buf.ReadFrom(resp.Body)
		return &platform.StatusError{Code: resp.StatusCode, Body: buf.String()}
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// Settled reports whether the charge reached a final state.
func Settled(c *Cob) bool {
	switch c.Status {
	case StatusConcluded, StatusRemovedByUser, StatusRemovedByPSP:
		return true
	}
	return false
}

// Await reads the charge every 3s until it is settled or ctx ends.
func (c *Client) Await(ctx context.Context, txid string) (*Cob, error) {
	return platform.WaitFor(ctx, 3*time.Second, func(ctx context.Context) (*Cob, error) {
		return c.GetCob(ctx, txid)
	}, Settled)
}
