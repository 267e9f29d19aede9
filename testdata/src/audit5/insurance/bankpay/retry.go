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
		resp, err = fn()                         // (audit: retrybackoff, the payout sent again at once: reported at the payout call, payouts.go:35)
		if err == nil && resp.StatusCode < 300 { // want "\\[retrystatus\\] POST /v2/payouts is retried by do \\(line 29\\): every non-2xx status is retried, including 400/404/409/422"
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
