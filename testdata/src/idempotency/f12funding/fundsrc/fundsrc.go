// Package fundsrc sets which bank account funds a sub-account: a funding
// source, no amount, no money moved; retrying it is harmless.
package fundsrc

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"time"
)

type Accounts struct {
	hc   *http.Client
	base string
}

func (a *Accounts) SetFunding(ctx context.Context, accountID, bankAccountID string) error {
	body, _ := json.Marshal(map[string]string{"bank_account": bankAccountID})
	var err error
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, a.base+"/v1/accounts/"+accountID+"/funding", bytes.NewReader(body))
		var resp *http.Response
		if resp, err = a.hc.Do(req); err == nil && resp.StatusCode < 300 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}
