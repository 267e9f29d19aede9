package datapacks

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Provisioner drives the network's provisioning API (HLR/PCRF front end).
// Its jobs are asynchronous: we submit one and poll it.
type Provisioner struct {
	BaseURL string
	Token   string
	HC      *http.Client
}

type job struct {
	ID    string `json:"id"`
	State string `json:"state"` // queued, running, done, error
}

func (p *Provisioner) AddBundle(ctx context.Context, msisdn, code string) error {
	body, _ := json.Marshal(map[string]string{"msisdn": msisdn, "bundle": code})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, p.BaseURL+"/jobs", bytes.NewReader(body))
	req.Header.Set("X-Auth-Token", p.Token)
	res, err := p.HC.Do(req)
	if err != nil {
		return err
	}
	var j job
	err = json.NewDecoder(res.Body).Decode(&j)
	res.Body.Close()
	if err != nil {
		return err
	}
	return p.waitJob(ctx, j.ID)
}

// waitJob polls the job quickly: the switch answers within a second or two.
func (p *Provisioner) waitJob(ctx context.Context, id string) error {
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, p.BaseURL+"/jobs/"+id, nil)
		req.Header.Set("X-Auth-Token", p.Token)
		res, err := p.HC.Do(req)
		if err != nil {
			return err
		}
		var j job
		_ = json.NewDecoder(res.Body).Decode(&j)
		res.Body.Close()
		switch j.State {
		case "done":
			return nil
		case "error":
			return fmt.Errorf("provisioning job %s failed", id)
		}
		time.Sleep(300 * time.Millisecond)
	}
}

// Suspend bars outgoing traffic on a line (dunning, fraud).
func (p *Provisioner) Suspend(ctx context.Context, msisdn string) error {
	return p.lineAction(ctx, msisdn, "suspend")
}

// Reconnect lifts the bar once the debt is paid.
func (p *Provisioner) Reconnect(ctx context.Context, msisdn string) error {
	return p.lineAction(ctx, msisdn, "reconnect")
}

func (p *Provisioner) lineAction(ctx context.Context, msisdn, action string) error {
	var last int
	for i := 0; i < 5; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, p.BaseURL+"/lines/"+msisdn+"/"+action, nil)
		req.Header.Set("X-Auth-Token", p.Token)
		res, err := p.HC.Do(req)
		if err == nil {
			res.Body.Close()
			if res.StatusCode < 300 {
				return nil
			}
			last = res.StatusCode
		}
		time.Sleep(200 * time.Millisecond)
	}
	return fmt.Errorf("%s %s: last status %d", action, msisdn, last)
}
