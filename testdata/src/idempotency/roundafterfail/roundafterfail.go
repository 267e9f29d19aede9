// Package roundafterfail: a kiosk that offers a new payment link when
// the previous invoice expired or failed. The loop goes round only after
// the create succeeded and the invoice reached a final state: our own
// client errs on every non-2xx answer, as an SDK does, so a lost or
// failed create leaves the loop and is never repeated. Through a wrapper
// that hands back the raw response, a 5xx (the invoice maybe made) sends
// the loop round with a new reference: reported.
package roundafterfail

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
)

type apiError struct{ Code int }

func (e *apiError) Error() string { return fmt.Sprintf("gateway: HTTP %d", e.Code) }

type gateway struct {
	base string
	hc   *http.Client
}

// do sends JSON and errs on every answer outside 2xx.
func (g *gateway) do(ctx context.Context, method, path string, in, out any) error {
	body, err := json.Marshal(in)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, method, g.base+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp, err := g.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return &apiError{Code: resp.StatusCode}
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

type invoice struct {
	ID     string `json:"id"`
	URL    string `json:"invoice_url"`
	Status string `json:"status"`
}

type newInvoice struct {
	ExternalID string `json:"external_id"`
	Amount     int64  `json:"amount"`
}

func (g *gateway) createInvoice(ctx context.Context, ref string, amount int64) (*invoice, error) {
	var inv invoice
	if err := g.do(ctx, http.MethodPost, "/v2/invoices", newInvoice{ExternalID: ref, Amount: amount}, &inv); err != nil {
		return nil, err
	}
	return &inv, nil
}

// createInvoiceRaw hands back the answer whatever its status.
func (g *gateway) createInvoiceRaw(ctx context.Context, ref string, amount int64) (*http.Response, error) {
	body, _ := json.Marshal(newInvoice{ExternalID: ref, Amount: amount})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.base+"/v2/invoices", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	return g.hc.Do(req)
}

// settled waits until the invoice is PAID, EXPIRED or FAILED.
func (g *gateway) settled(ctx context.Context, id string) (string, error) {
	for {
		var inv invoice
		if err := g.do(ctx, http.MethodGet, "/v2/invoices/"+id, nil, &inv); err != nil {
			return "", err
		}
		switch inv.Status {
		case "PAID", "EXPIRED", "FAILED":
			return inv.Status, nil
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}

type kiosk struct{ gw *gateway }

// --- silent: a new invoice only after the last one ended unpaid ---

func (k *kiosk) sell(ctx context.Context, amount int64, show func(string)) error {
	for round := 0; round < 3; round++ {
		inv, err := k.gw.createInvoice(ctx, uuid.NewString(), amount)
		if err != nil {
			return err
		}
		show(inv.URL)
		st, err := k.gw.settled(ctx, inv.ID)
		if err != nil {
			return err
		}
		if st == "PAID" {
			return nil
		}
	}
	return fmt.Errorf("no payment after 3 invoices")
}

// --- flagged: the raw answer of a 5xx sends the loop round ---

func (k *kiosk) sellRaw(ctx context.Context, amount int64) error {
	for round := 0; round < 3; round++ {
		resp, err := k.gw.createInvoiceRaw(ctx, uuid.NewString(), amount) // want `createInvoiceRaw \(POST /v2/invoices\) is retried by a for loop \(line 124\) with an idempotency key made anew on every attempt`
		if err != nil {
			return err
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusCreated {
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return fmt.Errorf("invoice not created")
}

// waitPaid gives up at its deadline while the invoice may be pending.
func (g *gateway) waitPaid(ctx context.Context, id string) (bool, error) {
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		var inv invoice
		if err := g.do(ctx, http.MethodGet, "/v2/invoices/"+id, nil, &inv); err != nil {
			return false, err
		}
		switch inv.Status {
		case "PAID":
			return true, nil
		case "EXPIRED", "FAILED":
			return false, fmt.Errorf("invoice %s %s", id, inv.Status)
		}
		time.Sleep(5 * time.Second)
	}
	return false, nil
}

// --- flagged: a new invoice after the wait gave up while pending ---

func (k *kiosk) sellUntilPaid(ctx context.Context, amount int64) error {
	for round := 0; round < 3; round++ {
		inv, err := k.gw.createInvoice(ctx, uuid.NewString(), amount) // want `createInvoice \(POST /v2/invoices\) is retried by a for loop \(line 160\) with an idempotency key made anew on every attempt`
		if err != nil {
			return err
		}
		paid, err := k.gw.waitPaid(ctx, inv.ID)
		if err != nil {
			return err
		}
		if paid {
			return nil
		}
	}
	return fmt.Errorf("not paid")
}
