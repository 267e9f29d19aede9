// Package flutterwave calls Flutterwave v3 over REST (Uganda mobile money,
// Nigeria bank transfers).
package flutterwave

import (
	"context"
	"crypto/subtle"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"

	"audit23/solarpayg/platform"
)

// Client is a Flutterwave v3 client.
type Client struct {
	base   string
	secret string
	hc     *http.Client
}

// New builds a client.
func New(base, secret string) *Client {
	return &Client{base: base, secret: secret, hc: &http.Client{Timeout: 30 * time.Second}}
}

func (c *Client) auth() map[string]string {
	return map[string]string{"Authorization": "Bearer " + c.secret}
}

// MobileMoneyCharge is the body of POST /charges?type=mobile_money_uganda.
type MobileMoneyCharge struct {
	TxRef       string `json:"tx_ref"`
	Amount      string `json:"amount"`
	Currency    string `json:"currency"`
	Email       string `json:"email"`
	PhoneNumber string `json:"phone_number"`
	Network     string `json:"network"`
	RedirectURL string `json:"redirect_url,omitempty"`
}

// ChargeResponse is Flutterwave's answer to a charge.
type ChargeResponse struct {
	Status  string `json:"status"`
	Message string `json:"message"`
	Data    struct {
		ID     int64  `json:"id"`
		TxRef  string `json:"tx_ref"`
		Status string `json:"status"`
	} `json:"data"`
	Meta struct {
		Authorization struct {
			Redirect string `json:"redirect"`
			Mode     string `json:"mode"`
		} `json:"authorization"`
	} `json:"meta"`
}

// ChargeMobileMoney starts a Uganda mobile money charge.
func (c *Client) ChargeMobileMoney(ctx context.Context, ch MobileMoneyCharge) (*ChargeResponse, error) {
	var out ChargeResponse
	err := platform.Send(ctx, c.hc, platform.Request{ // want "\\[retrystatus\\] POST /charges is retried by platform\\.Send, which sends it again in its for"
		Method:  http.MethodPost,
		URL:     c.base + "/charges?type=mobile_money_uganda",
		Headers: c.auth(),
		Body:    ch,
	}, &out)
	return &out, err
}

// Transaction is the verified state of a charge.
type Transaction struct {
	ID       int64   `json:"id"`
	TxRef    string  `json:"tx_ref"`
	Amount   float64 `json:"amount"`
	Currency string  `json:"currency"`
	Status   string  `json:"status"` // successful, failed, pending
}

// Verify reads a transaction by Flutterwave's id.
func (c *Client) Verify(ctx context.Context, id int64) (*Transaction, error) {
	var out struct {
		Status string      `json:"status"`
		Data   Transaction `json:"data"`
	}
	err := platform.GetJSON(ctx, c.hc, c.base+"/transactions/"+strconv.FormatInt(id, 10)+"/verify", c.auth(), &out)
	return &out.Data, err
}

// VerifyByReference reads a transaction by our tx_ref.
func (c *Client) VerifyByReference(ctx context.Context, txRef string) (*Transaction, error) {
	var out struct {
		Data Transaction `json:"data"`
	}
	err := platform.GetJSON(ctx, c.hc, c.base+"/transactions/verify_by_reference?tx_ref="+txRef, c.auth(), &out)
	return &out.Data, err
}

// Transfer is the body of POST /transfers.
type Transfer struct {
	AccountBank     string  `json:"account_bank"`
	AccountNumber   string  `json:"account_number"`
	Amount          float64 `json:"amount"`
	Currency        string  `json:"currency"`
	Narration       string  `json:"narration"`
	Reference       string  `json:"reference"`
	DebitCurrency   string  `json:"debit_currency"`
	CallbackURL     string  `json:"callback_url,omitempty"`
	BeneficiaryName string  `json:"beneficiary_name,omitempty"`
}

// CreateTransfer sends money to a bank account or wallet. It is sent once:
// callers own their retries.
func (c *Client) CreateTransfer(ctx context.Context, t Transfer) (int64, error) {
	var out struct {
		Data struct {
			ID int64 `json:"id"`
		} `json:"data"`
	}
	req := platform.Request{Method: http.MethodPost, URL: c.base + "/transfers", Headers: c.auth(), Body: t}
	if err := sendOnce(ctx, c.hc, req, &out); err != nil {
		return 0, err
	}
	return out.Data.ID, nil
}

// ErrBadHash is a webhook whose verif-hash does not match.
var ErrBadHash = errors.New("flutterwave: verif-hash mismatch")

// CheckHash compares the verif-hash header with the secret hash set on the dashboard.
func CheckHash(r *http.Request, secretHash string) error {
	if secretHash == "" {
		return nil // not configured on this environment
	}
	if subtle.ConstantTimeCompare([]byte(r.Header.Get("verif-hash")), []byte(secretHash)) != 1 {
		return ErrBadHash
	}
	return nil
}

// RequireHash is gin middleware that rejects webhooks without the right verif-hash.
func RequireHash(secretHash string) gin.HandlerFunc {
	if secretHash == "" {
		panic("flutterwave: empty webhook secret hash")
	}
	return func(c *gin.Context) {
		if subtle.ConstantTimeCompare([]byte(c.GetHeader("verif-hash")), []byte(secretHash)) != 1 {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}
