// Package smsack handles the bill switch's payment notifications and
// texts the customer a receipt.
package smsack

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
)

// Notification is the switch's signed payment notification.
type Notification struct {
	TxnID   string `json:"txn_id"`
	BillID  string `json:"bill_id"`
	Status  string `json:"status"`
	Phone   string `json:"phone"`
	Amount  int64  `json:"amount"`
	Receipt string `json:"receipt_no"`
}

// Repo updates bills.
type Repo interface {
	SetBillStatus(ctx context.Context, billID, status string) error
}

// Verifier checks the switch's signature header against the body.
type Verifier interface {
	Verify(body []byte, signature string) error
}

// SMS is the bulk SMS gateway.
type SMS struct {
	URL string
	HC  *http.Client
}

// Send posts one text message.
func (s *SMS) Send(phone, text string) error {
	resp, err := s.HC.Post(s.URL, "application/x-www-form-urlencoded",
		strings.NewReader(url.Values{"to": {phone}, "text": {text}}.Encode()))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Notifier handles the switch's notifications.
type Notifier struct {
	repo  Repo
	ver   Verifier
	sms   *SMS
	queue chan Notification
}

// NewNotifier wires the notifier and starts the receipt worker.
func NewNotifier(repo Repo, v Verifier, sms *SMS) *Notifier {
	n := &Notifier{repo: repo, ver: v, sms: sms, queue: make(chan Notification, 256)}
	go n.receipts()
	return n
}

func (n *Notifier) read(r *http.Request) (Notification, error) {
	var ev Notification
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return ev, err
	}
	if err := n.ver.Verify(body, r.Header.Get("X-Switch-Signature")); err != nil {
		return ev, err
	}
	return ev, json.Unmarshal(body, &ev)
}
