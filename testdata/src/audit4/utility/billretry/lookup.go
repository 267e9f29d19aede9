package billretry

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Bill is an outstanding bill as the biller reports it.
type Bill struct {
	Account string `json:"account_number"`
	Due     int64  `json:"amount_due"`
}

// LookupBill fetches the amount due, retrying any non-200: a GET changes
// nothing, so retrying it is harmless.
func (p *Payer) LookupBill(account string) (*Bill, error) {
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := p.Client.Get(p.Endpoint + "/v2/bills/" + account)
		if err == nil && resp.StatusCode == http.StatusOK {
			defer resp.Body.Close()
			var b Bill
			return &b, json.NewDecoder(resp.Body).Decode(&b)
		}
		if resp != nil {
			resp.Body.Close()
		}
		time.Sleep(time.Second)
	}
	return nil, fmt.Errorf("bill lookup %s failed", account)
}

// PayNow is a tight retry: no wait between attempts on a money move.
func (p *Payer) PayNow(bp BillPayment) error {
	var err error
	for i := 0; i < 3; i++ {
		var resp *http.Response
		resp, err = p.send(bp) // want "\\[retrybackoff\\] .*with no wait between attempts"
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 300 {
				return nil
			}
			if resp.StatusCode < 500 {
				return fmt.Errorf("rejected %d", resp.StatusCode)
			}
		}
	}
	return err
}
