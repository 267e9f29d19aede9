// Package bare: a payment write whose path is only a version, and a
// result with a bare id: neither makes another call a payment read.
package bare

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

type API struct {
	Base string
	HC   *http.Client
}

func (a *API) post(ctx context.Context, path string, in any) error {
	raw, _ := json.Marshal(in)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, a.Base+path, bytes.NewReader(raw))
	_, err := a.HC.Do(req)
	return err
}

type Result struct {
	ID string `json:"id"`
}

// A single-endpoint API: the write is POST /v2.
func (a *API) Pay(ctx context.Context, msisdn string, amount int) (*Result, error) { // want `wrapper API.Pay write\|create POST /v2$`
	err := a.post(ctx, "/v2", map[string]any{"msisdn": msisdn, "amount": amount}) // want `op write\|create POST /v2 via=post$`
	return &Result{}, err
}

// Look-alike: GET /v2/{id} of anything is not a read of that payment.
func (a *API) Thing(ctx context.Context, id string) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, a.Base+"/v2/"+id, nil)
	a.HC.Do(req)
}

// Look-alike: a status endpoint queried by a bare "id".
func (a *API) JobStatus(ctx context.Context, id string) error {
	return a.post(ctx, "/jobs/status", map[string]string{"id": id})
}
