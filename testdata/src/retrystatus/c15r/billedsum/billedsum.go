// Package billedsum: hand-written REST clients asking a payer for money
// by a sum in minor units named for the charge (charge_pence,
// billed_cents) next to the payer's id, with no payment word in the path.
package billedsum

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"
)

// Collection asks a corporate account to pay a fleet's fuel bill.
type Collection struct {
	Reference    string `json:"reference"`
	PayerID      string `json:"payer_id"`
	ChargePence  int64  `json:"charge_pence"`
	StatementRef string `json:"statement_ref"`
}

// presentBill retries every answer but 2xx, a 422 for a closed account
// too.
func presentBill(hc *http.Client, base string, c Collection) error {
	body, _ := json.Marshal(c)
	for try := 1; try <= 5; try++ {
		req, _ := http.NewRequest(http.MethodPost, base+"/fleet/statements/collect", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", c.Reference)
		resp, err := hc.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode/100 == 2 { // want `POST /fleet/statements/collect is retried by a for loop \(line 27\): every non-2xx status is retried`
				return nil
			}
		}
		time.Sleep(time.Duration(try) * 2 * time.Second)
	}
	return errors.New("collection not accepted")
}

// submitReimbursement: a switch leaving on 200/201, every other status
// retried.
func submitReimbursement(hc *http.Client, url, payee, ref string, cents int64) error {
	payload := map[string]any{"billed_cents": cents, "payee_id": payee, "reference": ref}
	raw, _ := json.Marshal(payload)
	wait := time.Second
	for i := 0; i < 4; i++ {
		req, _ := http.NewRequest(http.MethodPost, url+"/v2/reimbursements", bytes.NewReader(raw))
		req.Header.Set("Idempotency-Key", ref)
		resp, err := hc.Do(req) // want `POST /v2/reimbursements is retried by a for loop \(line 48\): every non-2xx status is retried`
		if err != nil {
			time.Sleep(wait)
			wait *= 2
			continue
		}
		resp.Body.Close()
		switch resp.StatusCode {
		case http.StatusOK, http.StatusCreated:
			return nil
		}
		time.Sleep(wait)
		wait *= 2
	}
	return fmt.Errorf("reimbursement %s not accepted", ref)
}

// Silent: only 5xx and 429 go round; a refusal is returned.
func presentBillTransient(hc *http.Client, base string, c Collection) error {
	body, _ := json.Marshal(c)
	for try := 1; try <= 5; try++ {
		req, _ := http.NewRequest(http.MethodPost, base+"/fleet/statements/collect", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", c.Reference)
		resp, err := hc.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 500 && resp.StatusCode != http.StatusTooManyRequests {
				if resp.StatusCode/100 == 2 {
					return nil
				}
				return fmt.Errorf("collection refused: %d", resp.StatusCode)
			}
		}
		time.Sleep(time.Duration(try) * 2 * time.Second)
	}
	return errors.New("collection not accepted")
}

// Silent: an estimate of a member's visit in cents asks no payer for
// anything (a member, not a payer; an estimated sum, not a charge).
func estimate(hc *http.Client, url, member string, cents int64) error {
	raw, _ := json.Marshal(map[string]any{"estimated_cents": cents, "member_id": member})
	for i := 0; i < 4; i++ {
		resp, err := hc.Post(url+"/v1/estimates", "application/json", bytes.NewReader(raw))
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(2 * time.Second)
	}
	return errors.New("no estimate")
}

// Silent: a price list pushed to a partner carries price_cents and the
// partner's id, not a billed sum.
func pushPrice(hc *http.Client, url, payer string, cents int64) error {
	raw, _ := json.Marshal(map[string]any{"price_cents": cents, "payer_id": payer})
	for i := 0; i < 4; i++ {
		resp, err := hc.Post(url+"/v1/tariffs", "application/json", bytes.NewReader(raw))
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(2 * time.Second)
	}
	return errors.New("tariff not accepted")
}
