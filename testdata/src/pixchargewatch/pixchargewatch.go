// Package pixchargewatch polls Pix charges of the BACEN API Pix (GET
// /v2/cob/{txid}) that its own client reads. A charge ends CONCLUIDA
// (paid) or removed (REMOVIDA_PELO_USUARIO_RECEBEDOR,
// REMOVIDA_PELO_PSP: expired or withdrawn, never to be paid): a loop
// that leaves only on CONCLUIDA polls a removed charge until its bound.
// Loops that also leave on a removed charge, or on any status but ATIVA,
// stay silent, and a status of another API compared with CONCLUIDA is
// none the model can read.
package pixchargewatch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"
)

// ChargeStatus is a Pix charge's status.
type ChargeStatus string

const (
	ChargeOpen          ChargeStatus = "ATIVA"
	ChargePaid          ChargeStatus = "CONCLUIDA"
	ChargeRemovedByUser ChargeStatus = "REMOVIDA_PELO_USUARIO_RECEBEDOR"
	ChargeRemovedByPSP  ChargeStatus = "REMOVIDA_PELO_PSP"
)

// Charge is a Pix charge (cob).
type Charge struct {
	TxID   string       `json:"txid"`
	Status ChargeStatus `json:"status"`
}

// PSP is the bank's Pix API.
type PSP struct {
	Base string
	HC   *http.Client
}

// Charge reads a charge by its txid.
func (p *PSP) Charge(ctx context.Context, txid string) (*Charge, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.Base+"/v2/cob/"+txid, nil)
	if err != nil {
		return nil, err
	}
	resp, err := p.HC.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("cob %s: %s", txid, resp.Status)
	}
	var c Charge
	return &c, json.NewDecoder(resp.Body).Decode(&c)
}

// --- flagged ---

// WaitPaid leaves only when the charge is paid; a removed charge is
// polled until the context ends.
func (p *PSP) WaitPaid(ctx context.Context, txid string) error {
	for { // want `loop polling payment txid stops only when the payment succeeds \(line 71\): a payment that ends FAILED, expired or canceled keeps it polling`
		c, err := p.Charge(ctx, txid)
		if err != nil {
			return err
		}
		if c.Status == ChargePaid {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Second):
		}
	}
}

// WaitAttempts compares the raw value, under an attempt cap.
func (p *PSP) WaitAttempts(ctx context.Context, txid string) (bool, error) {
	for i := 0; i < 90; i++ { // want `loop polling payment txid stops only when the payment succeeds \(line 89\): a payment that ends FAILED, expired or canceled keeps it polling`
		c, err := p.Charge(ctx, txid)
		if err != nil {
			return false, err
		}
		if string(c.Status) == "CONCLUIDA" {
			return true, nil
		}
		time.Sleep(5 * time.Second)
	}
	return false, nil
}

// WatchTicker reads the charge straight over HTTP on a ticker and
// switches only on the paid state.
func WatchTicker(ctx context.Context, hc *http.Client, base, txid string) error {
	t := time.NewTicker(15 * time.Second)
	defer t.Stop()
	for { // want `loop polling payment txid stops only when the payment succeeds \(line 123\): a payment that ends FAILED, expired or canceled keeps it polling`
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/v2/cob/"+txid, nil)
		if err != nil {
			return err
		}
		resp, err := hc.Do(req)
		if err != nil {
			return err
		}
		var c Charge
		err = json.NewDecoder(resp.Body).Decode(&c)
		resp.Body.Close()
		if err != nil {
			return err
		}
		switch c.Status {
		case ChargePaid:
			return nil
		}
	}
}

// --- silent ---

var errRemoved = errors.New("pix charge removed")

// WaitFinal leaves on the paid charge and on a removed one.
func (p *PSP) WaitFinal(ctx context.Context, txid string) error {
	for {
		c, err := p.Charge(ctx, txid)
		if err != nil {
			return err
		}
		switch c.Status {
		case ChargePaid:
			return nil
		case ChargeRemovedByUser, ChargeRemovedByPSP:
			return errRemoved
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Second):
		}
	}
}

// WaitNotOpen leaves on any status but ATIVA.
func (p *PSP) WaitNotOpen(ctx context.Context, txid string) (ChargeStatus, error) {
	for i := 0; i < 90; i++ {
		c, err := p.Charge(ctx, txid)
		if err != nil {
			return "", err
		}
		if c.Status != ChargeOpen {
			return c.Status, nil
		}
		time.Sleep(5 * time.Second)
	}
	return ChargeOpen, nil
}

// Order is a marketplace order of another API whose own status is also
// called CONCLUIDA: no vocabulary the model knows.
type Order struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// WaitOrder polls an order of another API (GET /v1/orders/{id}) until
// its CONCLUIDA: what the other states are is unknown, so it stays
// silent.
func WaitOrder(ctx context.Context, hc *http.Client, base, id string) error {
	for i := 0; i < 60; i++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/v1/orders/"+id, nil)
		if err != nil {
			return err
		}
		resp, err := hc.Do(req)
		if err != nil {
			return err
		}
		var o Order
		err = json.NewDecoder(resp.Body).Decode(&o)
		resp.Body.Close()
		if err != nil {
			return err
		}
		if o.Status == "CONCLUIDA" {
			return nil
		}
		time.Sleep(5 * time.Second)
	}
	return errors.New("order not done")
}
