// Package pix is our client of the PSP's PIX API (BACEN "API Pix" v2):
// immediate charges (cob) created by txid, read back by txid, and the
// signed callbacks the PSP posts when a charge is paid.
package pix

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Charge statuses, as the PSP spells them.
const (
	StatusActive            = "ATIVA"
	StatusCompleted         = "CONCLUIDA"
	StatusRemovedByReceiver = "REMOVIDA_PELO_USUARIO_RECEBEDOR"
	StatusRemovedByPSP      = "REMOVIDA_PELO_PSP"
)

// Cob is an immediate charge.
type Cob struct {
	TxID      string    `json:"txid"`
	Status    string    `json:"status"`
	Location  string    `json:"location"`
	CopyPaste string    `json:"pixCopiaECola"`
	Value     Value     `json:"valor"`
	Calendar  Calendar  `json:"calendario"`
	Payments  []Payment `json:"pix,omitempty"`
	Revision  int       `json:"revisao"`
	Key       string    `json:"chave"`
	PayerNote string    `json:"solicitacaoPagador,omitempty"`
}

type Value struct {
	Original string `json:"original"`
}

type Calendar struct {
	Created    time.Time `json:"criacao"`
	Expiration int       `json:"expiracao"`
}

// Payment is a PIX received against a charge.
type Payment struct {
	EndToEndID string `json:"endToEndId"`
	TxID       string `json:"txid"`
	Value      string `json:"valor"`
	PaidAt     string `json:"horario"`
}

// Client talks to the PSP over mTLS with an OAuth2 client-credentials token.
type Client struct {
	base   string
	key    string
	http   *http.Client
	id     string
	secret string

	mu    sync.Mutex
	token string
	exp   time.Time
}

// Option configures the client.
type Option func(*Client)

// WithTimeout sets the HTTP timeout (default 15s).
func WithTimeout(d time.Duration) Option { return func(c *Client) { c.http.Timeout = d } }

func New(base, pixKey, clientID, clientSecret string, opts ...Option) *Client {
	c := &Client{
		base:   strings.TrimRight(base, "/"),
		key:    pixKey,
		id:     clientID,
		secret: clientSecret,
		http:   &http.Client{Timeout: 15 * time.Second},
	}
	for _, o := range opts {
		o(c)
	}
	return c
}

// APIError is a non-2xx answer of the PSP.
type APIError struct {
	Status int
	Title  string `json:"title"`
	Detail string `json:"detail"`
}

func (e *APIError) Error() string { return fmt.Sprintf("pix: %d %s: %s", e.Status, e.Title, e.Detail) }

// CreateCob creates (or re-sends) the immediate charge txid for cents, valid
// for expiresIn. The PSP treats PUT /cob/{txid} as create-once.
func (c *Client) CreateCob(ctx context.Context, txid string, cents int64, expiresIn time.Duration, note string) (*Cob, error) {
	body, _ := json.Marshal(map[string]any{
		"calendario":         map[string]int{"expiracao": int(expiresIn.Seconds())},
		"valor":              map[string]string{"original": fmt.Sprintf("%d.%02d", cents/100, cents%100)},
		"chave":              c.key,
		"solicitacaoPagador": note,
	})
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		if attempt > 0 {
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(time.Duration(attempt) * 2 * time.Second):
			}
		}
		req, err := c.newRequest(ctx, http.MethodPut, "/v2/cob/"+txid, body) // audit: lookalike idempotency: PUT /cob/{txid} with the same txid on every attempt; the PSP never creates a second charge for a txid it already has
		if err != nil {
			return nil, err
		}
		resp, err := c.http.Do(req)
		if err != nil {
			lastErr = err
			continue
		}
		data, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusOK { // want "\\[retrystatus\\] PUT /v2/cob/\\{\\} is retried by a for loop \\(line 110\\): every non-2xx status is retried"
			lastErr = decodeError(resp.StatusCode, data)
			continue
		}
		var cob Cob
		if err := json.Unmarshal(data, &cob); err != nil {
			return nil, err
		}
		return &cob, nil
	}
	return nil, fmt.Errorf("pix: create cob %s: %w", txid, lastErr)
}

// Cob reads a charge by txid.
func (c *Client) Cob(ctx context.Context, txid string) (*Cob, error) {
	req, err := c.newRequest(ctx, http.MethodGet, "/v2/cob/"+txid, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		return nil, decodeError(resp.StatusCode, data)
	}
	var cob Cob
	return &cob, json.Unmarshal(data, &cob)
}

func (c *Client) newRequest(ctx context.Context, method, path string, body []byte) (*http.Request, error) {
	tok, err := c.accessToken(ctx)
	if err != nil {
		return nil, err
	}
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

func (c *Client) accessToken(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token != "" && time.Now().Before(c.exp) {
		return c.token, nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/oauth/token",
		strings.NewReader("grant_type=client_credentials"))
	if err != nil {
		return "", err
	}
	req.SetBasicAuth(c.id, c.secret)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   int    `json:"expires_in"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	if out.AccessToken == "" {
		return "", errors.New("pix: empty access token")
	}
	c.token, c.exp = out.AccessToken, time.Now().Add(time.Duration(out.ExpiresIn-30)*time.Second)
	return c.token, nil
}

func decodeError(status int, data []byte) error {
	e := &APIError{Status: status}
	_ = json.Unmarshal(data, e)
	return e
}
