// Package alipay is our own client for the Alipay open platform gateway
// (form + RSA2 sign): gem top-ups by QR code for players in mainland China.
package alipay

import (
	"context"
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"time"
)

// Config comes from the environment of the payments service.
type Config struct {
	AppID      string
	Gateway    string // https://openapi.alipay.com/gateway.do
	NotifyURL  string
	PrivateKey *rsa.PrivateKey
	AlipayKey  *rsa.PublicKey
}

// Client signs and posts gateway methods.
type Client struct {
	cfg  Config
	http *http.Client
}

// New builds a client with a sane timeout.
func New(cfg Config) *Client {
	return &Client{cfg: cfg, http: &http.Client{Timeout: 10 * time.Second}}
}

// GatewayError is a transport-level failure (5xx from the gateway).
type GatewayError struct{ Status int }

func (e *GatewayError) Error() string { return fmt.Sprintf("alipay gateway: HTTP %d", e.Status) }

// call signs one gateway method; biz becomes biz_content.
func (c *Client) call(ctx context.Context, method string, biz any, out any) error {
	bizJSON, err := json.Marshal(biz)
	if err != nil {
		return err
	}
	form := url.Values{}
	form.Set("app_id", c.cfg.AppID)
	form.Set("method", method)
	form.Set("charset", "utf-8")
	form.Set("sign_type", "RSA2")
	form.Set("timestamp", time.Now().Format("2006-01-02 15:04:05"))
	form.Set("version", "1.0")
	form.Set("notify_url", c.cfg.NotifyURL)
	form.Set("biz_content", string(bizJSON))
	sig, err := c.sign(form)
	if err != nil {
		return err
	}
	form.Set("sign", sig)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.cfg.Gateway, strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded;charset=utf-8")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 500 {
		return &GatewayError{Status: resp.StatusCode}
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// signingString is the sorted k=v list Alipay signs (sign and sign_type excluded on verify).
func signingString(form url.Values, skip ...string) string {
	keys := make([]string, 0, len(form))
	for k := range form {
		if k == "sign" || (len(skip) > 0 && k == skip[0]) || form.Get(k) == "" {
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, k+"="+form.Get(k))
	}
	return strings.Join(parts, "&")
}

func (c *Client) sign(form url.Values) (string, error) {
	h := sha256.Sum256([]byte(signingString(form)))
	s, err := rsa.SignPKCS1v15(rand.Reader, c.cfg.PrivateKey, crypto.SHA256, h[:])
	return base64.StdEncoding.EncodeToString(s), err
}

// VerifyNotify checks the RSA2 signature of an async notification.
func (c *Client) VerifyNotify(form url.Values) error {
	sig, err := base64.StdEncoding.DecodeString(form.Get("sign"))
	if err != nil {
		return err
	}
	h := sha256.Sum256([]byte(signingString(form, "sign_type")))
	return rsa.VerifyPKCS1v15(c.cfg.AlipayKey, crypto.SHA256, h[:], sig)
}
