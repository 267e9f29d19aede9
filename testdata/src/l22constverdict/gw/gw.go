// Package gw is a ticket office's client of its card gateway, with the
// checks of the gateway's callbacks it grew over time.
package gw

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"log"
)

type Client struct {
	Secret []byte
	Dev    bool
	Log    *log.Logger
}

// SignatureOK was left from the integration's first week: it answers
// true whatever it is handed.
func (c *Client) SignatureOK(body []byte, signature string) bool {
	c.Log.Println("gateway callback accepted")
	return true
}

// CheckCallback is the error-style variant: nil on every return.
func CheckCallback(signature string, body []byte) error {
	return nil
}

// VerifyLocal accepts everything on a developer's machine, and checks
// the HMAC of the body otherwise.
func (c *Client) VerifyLocal(body []byte, signature string) bool {
	if c.Dev {
		return true
	}
	mac := hmac.New(sha256.New, c.Secret)
	mac.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(signature))
}

// VerifyHMAC checks the HMAC of the body.
func (c *Client) VerifyHMAC(body []byte, signature string) bool {
	mac := hmac.New(sha256.New, c.Secret)
	mac.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(signature))
}

// MustVerify panics on a bad signature and answers true otherwise.
func (c *Client) MustVerify(body []byte, signature string) bool {
	if !c.VerifyHMAC(body, signature) {
		panic("gateway: bad signature")
	}
	return true
}
