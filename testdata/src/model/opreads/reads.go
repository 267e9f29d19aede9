// Package opreads exercises status reads of payments whose writes name no
// payment resource: a GET of what a write created (or of a verify action
// on it), a POST query carrying the id a write returned; and the reads
// of other things, next to those writes, that stay silent.
package opreads

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

type Wallet struct {
	Base string
	HC   *http.Client
}

func (w *Wallet) call(ctx context.Context, method, path string, in any) (*http.Response, error) {
	var buf bytes.Buffer
	if in != nil {
		_ = json.NewEncoder(&buf).Encode(in)
	}
	req, err := http.NewRequestWithContext(ctx, method, w.Base+path, &buf)
	if err != nil {
		return nil, err
	}
	return w.HC.Do(req)
}

// PushResult is what the prompt returns: the id its result is queried by.
type PushResult struct {
	PromptRequestID string
	Message         string
}

// Prompt asks the payer's phone to approve amount.
func (w *Wallet) Prompt(ctx context.Context, phone string, amount int) (*PushResult, error) { // want `wrapper Wallet.Prompt write\|create POST /b2c/v3/prompt$`
	_, err := w.call(ctx, http.MethodPost, "/b2c/v3/prompt", map[string]any{"PhoneNumber": phone, "Amount": amount}) // want `op write\|create POST /b2c/v3/prompt via=call$`
	return &PushResult{}, err
}

// PromptResult queries the prompt by the id Prompt returned.
func (w *Wallet) PromptResult(ctx context.Context, promptID string) error { // want `wrapper Wallet.PromptResult read POST /b2c/v3/promptresult/query idparam=1$`
	_, err := w.call(ctx, http.MethodPost, "/b2c/v3/promptresult/query", map[string]string{"ShortCode": "600000", "PromptRequestID": promptID}) // want `op read POST /b2c/v3/promptresult/query id=promptID via=call$`
	return err
}

// Look-alike: a query endpoint with an id no payment write returned.
func (w *Wallet) JobStatus(ctx context.Context, jobID string) error {
	_, err := w.call(ctx, http.MethodPost, "/jobs/v1/status", map[string]string{"JobID": jobID})
	return err
}

// Look-alike: an id the write returned, but to an endpoint that is not a
// read action.
func (w *Wallet) Remind(ctx context.Context, promptID string) error {
	_, err := w.call(ctx, http.MethodPost, "/b2c/v3/reminders", map[string]string{"PromptRequestID": promptID})
	return err
}

// Collect creates a collect request.
func (w *Wallet) Collect(ctx context.Context, vpa string, paise int64) error { // want `wrapper Wallet.Collect write\|create POST /v2/collect$`
	_, err := w.call(ctx, http.MethodPost, "/v2/collect", map[string]any{"payer_vpa": vpa, "amount": paise}) // want `op write\|create POST /v2/collect via=call$`
	return err
}

// CollectState reads the collect request Collect created.
func (w *Wallet) CollectState(ctx context.Context, id string) error { // want `wrapper Wallet.CollectState read GET /v2/collect/{} idparam=1$`
	_, err := w.call(ctx, http.MethodGet, "/v2/collect/"+id, nil) // want `op read GET /v2/collect/{} id=id via=call$`
	return err
}

// VerifyCollect reads it through a verify action.
func (w *Wallet) VerifyCollect(ctx context.Context, ref string) error { // want `wrapper Wallet.VerifyCollect read GET /v2/collect/verify/{} idparam=1$`
	_, err := w.call(ctx, http.MethodGet, fmt.Sprintf("/v2/collect/verify/%s", ref), nil) // want `op read GET /v2/collect/verify/{} id=ref via=call$`
	return err
}

// Look-alike: a sub-collection of the collect is not its state.
func (w *Wallet) CollectItems(ctx context.Context, id string) error {
	_, err := w.call(ctx, http.MethodGet, "/v2/collect/"+id+"/items", nil)
	return err
}

// Look-alike: a list page of collects.
func (w *Wallet) CollectPage(ctx context.Context, page int) error {
	_, err := w.call(ctx, http.MethodGet, fmt.Sprintf("/v2/collect?page=%d", page), nil)
	return err
}

// Look-alike: a GET of something the package never wrote.
func (w *Wallet) Profile(ctx context.Context, id string) error {
	_, err := w.call(ctx, http.MethodGet, "/v2/profiles/"+id, nil)
	return err
}
