package bankpay

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
)

// Address is a row of the bank's address-validation service, used to check a
// claimant's details before a payout is approved.
type Address struct {
	Line1    string `json:"line1"`
	Town     string `json:"town"`
	Postcode string `json:"postcode"`
}

func (c *Client) LookupAddresses(ctx context.Context, postcode string) ([]Address, error) {
	resp, err := do(5, func() (*http.Response, error) {
		req, err := c.newRequest(ctx, http.MethodGet, "/v1/addresses?postcode="+url.QueryEscape(postcode), nil)
		if err != nil {
			return nil, err
		}
		return c.http.Do(req)
	})
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out []Address
	return out, json.NewDecoder(resp.Body).Decode(&out)
}

// ConfirmPayee asks the bank to check the payee name against the account
// (confirmation of payee); a read, safe to repeat.
func (c *Client) ConfirmPayee(ctx context.Context, sortCode, account, name string) (bool, error) {
	body := map[string]string{"sort_code": sortCode, "account_number": account, "name": name}
	resp, err := do(3, func() (*http.Response, error) {
		req, err := c.newRequest(ctx, http.MethodPost, "/v1/payee-checks", body)
		if err != nil {
			return nil, err
		}
		return c.http.Do(req)
	})
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	var out struct {
		Match string `json:"match"`
	}
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out.Match == "full", err
}
