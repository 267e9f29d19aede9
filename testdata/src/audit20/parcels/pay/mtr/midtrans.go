// Package mtr wraps Midtrans Core API (QRIS and GoPay charges) for locker
// top-ups in Indonesia.
package mtr

import (
	"context"
	"crypto/sha512"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/midtrans/midtrans-go"
	"github.com/midtrans/midtrans-go/coreapi"
)

const (
	StatusSettlement = "settlement"
	StatusPending    = "pending"
	StatusCancel     = "cancel"
	StatusExpire     = "expire"
	StatusDeny       = "deny"
	StatusFailure    = "failure"
)

type Client struct {
	core      coreapi.Client
	serverKey string
}

func New(serverKey string, production bool) *Client {
	env := midtrans.Sandbox
	if production {
		env = midtrans.Production
	}
	c := &Client{serverKey: serverKey}
	c.core.New(serverKey, env)
	return c
}

// Charge starts a QRIS charge; orderID is Midtrans' idempotency key.
func (c *Client) Charge(orderID string, amountIDR int64) (*coreapi.ChargeResponse, error) {
	resp, merr := c.core.ChargeTransaction(&coreapi.ChargeReq{
		PaymentType:        coreapi.CoreapiPaymentType("qris"),
		TransactionDetails: midtrans.TransactionDetails{OrderID: orderID, GrossAmt: amountIDR},
	})
	if merr != nil {
		return nil, fmt.Errorf("midtrans charge %s: %s", orderID, merr.Message)
	}
	return resp, nil
}

// Status reads a transaction's status.
func (c *Client) Status(orderID string) (string, error) {
	st, merr := c.core.CheckTransaction(orderID)
	if merr != nil {
		return "", fmt.Errorf("midtrans status %s: %s", orderID, merr.Message)
	}
	return st.TransactionStatus, nil
}

// WaitSettlement blocks until the transaction settles.
func (c *Client) WaitSettlement(ctx context.Context, orderID string) error {
	for { // want "\\[pollbound\\] loop polling payment orderID has no bound: no ctx\\.Done\\(\\), deadline, attempt"
		st, merr := c.core.CheckTransaction(orderID)
		if merr != nil {
			return fmt.Errorf("midtrans status %s: %s", orderID, merr.Message)
		}
		if st.TransactionStatus == StatusSettlement {
			return nil
		}
		time.Sleep(5 * time.Second)
	}
}

// Notification is the body Midtrans posts to the payment notification URL.
type Notification struct {
	TransactionID     string `json:"transaction_id"`
	TransactionStatus string `json:"transaction_status"`
	OrderID           string `json:"order_id"`
	StatusCode        string `json:"status_code"`
	GrossAmount       string `json:"gross_amount"`
	SignatureKey      string `json:"signature_key"`
	FraudStatus       string `json:"fraud_status"`
	PaymentType       string `json:"payment_type"`
}

var ErrBadSignature = errors.New("midtrans: bad signature_key")

// VerifyNotification checks signature_key = SHA512(order_id+status_code+gross_amount+server_key).
func VerifyNotification(n Notification, serverKey string) error {
	if serverKey == "" {
		return errors.New("midtrans: server key not configured")
	}
	sum := sha512.Sum512([]byte(n.OrderID + n.StatusCode + n.GrossAmount + serverKey))
	want := hex.EncodeToString(sum[:])
	if subtle.ConstantTimeCompare([]byte(want), []byte(n.SignatureKey)) != 1 {
		return ErrBadSignature
	}
	return nil
}
