// Package billing is a merchant's client of its payment provider, reached
// through the Gateway interface so that tests can swap it. Its methods hand
// back the provider's status code beside the decoded answer (0 when no
// answer came); Refunded and Pending hand back an amount and a count.
package billing

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
)

type Charge struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

type ChargeInput struct {
	Order  string `json:"order"`
	Amount int64  `json:"amount"`
}

// Gateway is what checkout code holds.
type Gateway interface {
	Charge(in ChargeInput) (*Charge, int, error)
	// Refunded is the amount refunded so far, read from the answer's body.
	Refunded(chargeID string, amount int64) (int64, error)
}

type httpGateway struct {
	base string
	hc   *http.Client
}

func New(base string) Gateway { return &httpGateway{base: base, hc: &http.Client{}} }

func (g *httpGateway) Charge(in ChargeInput) (*Charge, int, error) {
	raw, err := json.Marshal(in)
	if err != nil {
		return nil, 0, err
	}
	res, err := g.hc.Post(g.base+"/v1/charges", "application/json", bytes.NewReader(raw))
	if err != nil {
		return nil, 0, err
	}
	defer res.Body.Close()
	out := &Charge{}
	if err = json.NewDecoder(res.Body).Decode(out); err != nil {
		return nil, 0, err
	}
	return out, res.StatusCode, nil
}

func (g *httpGateway) Refunded(chargeID string, amount int64) (int64, error) {
	req, err := http.NewRequest(http.MethodPost, g.base+"/v1/refunds?charge="+chargeID+"&amount="+strconv.FormatInt(amount, 10), nil)
	if err != nil {
		return 0, err
	}
	res, err := g.hc.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	var body struct {
		Refunded int64 `json:"amount_refunded"`
	}
	if err := json.NewDecoder(res.Body).Decode(&body); err != nil {
		return 0, err
	}
	return body.Refunded, nil
}
