// Package gateways puts a festival's payment gateways behind one
// interface: the notify route hands each its posted body.
package gateways

import (
	"crypto/md5"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

type State string

const (
	StatePaid   State = "Paid"
	StateFailed State = "Failed"
)

type Result struct {
	OrderID string
	Amount  float64
	Status  State
}

// Gateway parses a gateway's notification into the payment's outcome.
type Gateway interface {
	Notify(body []byte, orderID string) (*Result, error)
}

var errBadSign = errors.New("gateways: bad sign")

// Wallet reads the payment back from the wallet's API: silent.
type Wallet struct {
	Base string
	HC   *http.Client
}

func (w *Wallet) Notify(body []byte, orderID string) (*Result, error) {
	resp, err := w.HC.Get(w.Base + "/v2/payments/" + orderID)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var p struct {
		Status string  `json:"status"`
		Amount float64 `json:"amount"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
		return nil, err
	}
	if p.Status != "captured" {
		return &Result{OrderID: orderID, Status: StateFailed}, nil
	}
	return &Result{OrderID: orderID, Amount: p.Amount, Status: StatePaid}, nil
}

// Kiosk takes the sign field of the posted form into its notice and
// never looks at it again, then answers paid from the posted data.
type Kiosk struct{ Key string }

type kioskNotice struct {
	Data  string
	Stamp string
	Sign  string
}

func (k *Kiosk) Notify(body []byte, orderID string) (*Result, error) { // want `payment notification parser Kiosk.Notify takes the provider's "sign" field from the posted body and never checks it, yet answers Paid`
	form, err := url.ParseQuery(string(body))
	if err != nil {
		return nil, err
	}
	n := kioskNotice{Data: form.Get("data"), Stamp: form.Get("stamp"), Sign: form.Get("sign")}
	raw, err := base64.StdEncoding.DecodeString(n.Data)
	if err != nil {
		return nil, err
	}
	var info struct {
		Ref    string  `json:"ref"`
		State  string  `json:"state"`
		Amount float64 `json:"amount"`
	}
	if err := json.Unmarshal(raw, &info); err != nil {
		return nil, err
	}
	if info.State != "1" {
		return nil, fmt.Errorf("kiosk: state %s at %s", info.State, n.Stamp)
	}
	return &Result{OrderID: info.Ref, Amount: info.Amount, Status: StatePaid}, nil
}

// Booth decodes a JSON notice whose signature field it never reads.
type Booth struct{}

type boothNotice struct {
	Ref    string  `json:"out_trade_no"`
	Status string  `json:"trade_status"`
	Total  float64 `json:"total"`
	Sig    string  `json:"signature"`
}

func (Booth) Notify(body []byte, orderID string) (*Result, error) { // want `payment notification parser Booth.Notify takes the provider's "signature" field from the posted body and never checks it, yet answers Paid`
	var n boothNotice
	if err := json.Unmarshal(body, &n); err != nil {
		return nil, err
	}
	res := &Result{OrderID: n.Ref, Amount: n.Total}
	if n.Status == "SUCCESS" {
		res.Status = StatePaid
	} else {
		res.Status = StateFailed
	}
	return res, nil
}

// Counter checks the MD5 sign over the data with its key: silent.
type Counter struct{ Key string }

func (c *Counter) Notify(body []byte, orderID string) (*Result, error) {
	form, err := url.ParseQuery(string(body))
	if err != nil {
		return nil, err
	}
	sum := md5.Sum([]byte(form.Get("data") + c.Key))
	if hex.EncodeToString(sum[:]) != strings.ToLower(form.Get("sign")) {
		return nil, errBadSign
	}
	if form.Get("state") != "1" {
		return &Result{OrderID: orderID, Status: StateFailed}, nil
	}
	return &Result{OrderID: orderID, Status: StatePaid}, nil
}

// Stall hands its caller the sign with the data, to be checked there:
// silent.
type Stall struct{}

type StallNotice struct {
	Data string
	Sign string
}

func (Stall) Parse(body []byte) (*StallNotice, error) {
	form, err := url.ParseQuery(string(body))
	if err != nil {
		return nil, err
	}
	return &StallNotice{Data: form.Get("data"), Sign: form.Get("sign")}, nil
}

// Voucher reads its sign type only (which algorithm), and answers
// pending until the voucher is redeemed: silent.
type Voucher struct{}

func (Voucher) Notify(body []byte, orderID string) (*Result, error) {
	form, err := url.ParseQuery(string(body))
	if err != nil {
		return nil, err
	}
	_ = form.Get("sign_type")
	return &Result{OrderID: orderID, Status: StateFailed}, nil
}
