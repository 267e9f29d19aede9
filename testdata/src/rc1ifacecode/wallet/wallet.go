// Package wallet declares its provider interfaces beside their users. A
// Payouts implementation hands back the status of the answer, so a counted
// loop left only on a 200 retries 4xx; Topups has a second, batching
// implementation whose int is the number of items accepted, so the int of
// a Topups call is no status and a loop on it stays silent.
package wallet

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type Payouts interface {
	Send(account string, cents int64) (code int, err error)
}

type restPayouts struct{ base string }

func (p restPayouts) Send(account string, cents int64) (int, error) {
	body, _ := json.Marshal(map[string]any{"account": account, "amount": cents})
	req, err := http.NewRequest(http.MethodPost, p.base+"/v2/payouts", bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return resp.StatusCode, nil
}

type Service struct {
	payouts Payouts
	topups  Topups
}

func NewService(base string, batch bool) *Service {
	s := &Service{payouts: restPayouts{base: base}, topups: &restTopups{base: base}}
	if batch {
		s.topups = &batchTopups{base: base}
	}
	return s
}

// PayOut: left only when the provider answers 200; a 400 (closed account)
// goes round five times.
func (s *Service) PayOut(account string, cents int64) error {
	for i := 0; i < 5; i++ {
		code, err := s.payouts.Send(account, cents)
		if err == nil && code == http.StatusOK { // want `wallet.Payouts.Send \(POST /v2/payouts\) is retried by a for loop \(line 52\): every non-2xx status is retried`
			return nil
		}
		time.Sleep(time.Duration(i+1) * 2 * time.Second)
	}
	return fmt.Errorf("payout to %s failed", account)
}

type Topups interface {
	Credit(user string, cents int64) (int, error)
}

type restTopups struct{ base string }

func (t *restTopups) Credit(user string, cents int64) (int, error) {
	body, _ := json.Marshal(map[string]any{"user": user, "amount": cents})
	resp, err := http.Post(t.base+"/v2/payments", "application/json", bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

// batchTopups posts the credit with the queue and answers how many
// credits the provider accepted.
type batchTopups struct {
	base  string
	queue []map[string]any
}

func (t *batchTopups) Credit(user string, cents int64) (int, error) {
	t.queue = append(t.queue, map[string]any{"user": user, "amount": cents})
	body, _ := json.Marshal(t.queue)
	resp, err := http.Post(t.base+"/v2/payments", "application/json", bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var out struct {
		Accepted int `json:"accepted"`
	}
	if err = json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return 0, err
	}
	t.queue = t.queue[out.Accepted:]
	return out.Accepted, nil
}

// TopUp: read here as a status, but the int is a status for one
// implementation and a count for the other: the model cannot tell which
// one runs, so it is not read as a status.
func (s *Service) TopUp(user string, cents int64) {
	n, err := s.topups.Credit(user, cents)
	for err != nil || n != http.StatusOK {
		time.Sleep(2 * time.Second)
		n, err = s.topups.Credit(user, cents)
	}
}
