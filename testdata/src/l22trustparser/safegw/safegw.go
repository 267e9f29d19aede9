// Package safegw: a car park's gateways behind one interface, each of
// which reads the payment back or checks the sign.
package safegw

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
)

type Outcome struct {
	Ticket string
	Status string
}

type Notifier interface {
	Notify(body []byte, ticket string) (*Outcome, error)
}

// Card reads the charge back: silent.
type Card struct {
	Base string
	HC   *http.Client
}

func (c *Card) Notify(body []byte, ticket string) (*Outcome, error) {
	resp, err := c.HC.Get(c.Base + "/v1/charges/" + ticket)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var ch struct {
		Status string `json:"status"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&ch); err != nil {
		return nil, err
	}
	if ch.Status != "succeeded" {
		return &Outcome{Ticket: ticket, Status: "failed"}, nil
	}
	return &Outcome{Ticket: ticket, Status: "paid"}, nil
}

// Till checks the HMAC sign of the posted data: silent.
type Till struct{ Key []byte }

func (t *Till) Notify(body []byte, ticket string) (*Outcome, error) {
	form, err := url.ParseQuery(string(body))
	if err != nil {
		return nil, err
	}
	mac := hmac.New(sha256.New, t.Key)
	mac.Write([]byte(form.Get("data")))
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(form.Get("sign"))) {
		return nil, errors.New("till: bad sign")
	}
	if form.Get("result") != "ok" {
		return &Outcome{Ticket: ticket, Status: "failed"}, nil
	}
	return &Outcome{Ticket: ticket, Status: "paid"}, nil
}
