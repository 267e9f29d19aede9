package bankpay

import (
	"net/http"
)

// do runs fn up to n times until the bank answers 2xx.
func do(n int, fn func() (*http.Response, error)) (*http.Response, error) {
	var (
		resp *http.Response
		err  error
	)
	for i := 0; i < n; i++ {
		resp, err = fn()                         // audit: missed retrybackoff: the payout (PayClaim) is sent again at once, no wait between the 4 attempts
		if err == nil && resp.StatusCode < 300 { // audit: missed retrystatus: every non-2xx payout answer (400/404/409/422) is retried; KeyStone says fix the request
			return resp, nil
		}
		if resp != nil {
			resp.Body.Close()
		}
	}
	if err == nil {
		err = decodeError(resp)
	}
	return nil, err
}
