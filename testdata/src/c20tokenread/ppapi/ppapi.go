// Package ppapi is a travel agency's hand-written PayPal REST client: every
// call first fetches an OAuth access token, then sends it as the bearer.
package ppapi

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

type Client struct {
	Base, ID, Secret string
	HC               *http.Client
}

type tokenReply struct {
	AccessToken string `json:"access_token"`
}

// bearer fetches an access token (client credentials).
func (c *Client) bearer() (string, error) {
	form := url.Values{"grant_type": {"client_credentials"}}
	req, err := http.NewRequest(http.MethodPost, c.Base+"/v1/oauth2/token", strings.NewReader(form.Encode()))
	if err != nil {
		return "", err
	}
	req.SetBasicAuth(c.ID, c.Secret)
	resp, err := c.HC.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var t tokenReply
	if err := json.NewDecoder(resp.Body).Decode(&t); err != nil {
		return "", err
	}
	return t.AccessToken, nil
}

type Order struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// Order reads one order back: the token fetch serves that read.
func (c *Client) Order(id string) (*Order, error) {
	tok, err := c.bearer()
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(http.MethodGet, c.Base+"/v2/checkout/orders/"+id, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	resp, err := c.HC.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("paypal: order %s: %d", id, resp.StatusCode)
	}
	var o Order
	return &o, json.NewDecoder(resp.Body).Decode(&o)
}

// AuditedOrder posts an audit line to the agency's log service before
// reading the order: two calls out, the first authorising nothing.
func (c *Client) AuditedOrder(id string) (*Order, error) {
	note, err := c.audit(id)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(http.MethodGet, c.Base+"/v2/checkout/orders/"+id, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Audit-Note", note)
	resp, err := c.HC.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var o Order
	return &o, json.NewDecoder(resp.Body).Decode(&o)
}

func (c *Client) audit(id string) (string, error) {
	resp, err := c.HC.Post("https://audit.example.com/v1/lines", "text/plain", strings.NewReader("order "+id))
	if err != nil {
		return "", err
	}
	resp.Body.Close()
	return resp.Header.Get("X-Line-Id"), nil
}
