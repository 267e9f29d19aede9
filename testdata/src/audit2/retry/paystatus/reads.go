package paystatus

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"audit2/retry/retryx"
)

// GetPayment reads one payment for the order page.
func (a *API) GetPayment(id string) (*Settlement, error) {
	var last error
	for i := 0; i < 5; i++ {
		req, _ := http.NewRequest(http.MethodGet, a.Base+"/v1/payments/"+id, nil)
		req.Header.Set("Authorization", "Bearer "+a.bearer())
		resp, err := a.HTTP.Do(req) // want "\\[retrybackoff\\] GET /v1/payments/\\{\\} is retried by a for loop .line 16. with no wait between attempts"
		if err != nil {             // audit: (found: reported on the Do call above) retrybackoff: GET /v1/payments/{id} is retried up to 5 times with no wait at all between attempts (a 5xx/429 provider is hit again at once)
			last = err
			continue
		}
		if resp.StatusCode != http.StatusOK { // want "\\[retrystatus\\] GET /v1/payments/\\{\\} is retried by a for loop .line 16.: every non-2xx status is retried"
			resp.Body.Close()
			last = fmt.Errorf("payment %s: %s", id, resp.Status)
			continue
		}
		var s Settlement
		err = json.NewDecoder(resp.Body).Decode(&s)
		resp.Body.Close()
		return &s, err
	}
	return nil, last
}

// GetPaymentQuick is used by the checkout spinner.
func (a *API) GetPaymentQuick(id string) (*Settlement, error) {
	var s Settlement
	err := retryx.Quick(func() error {
		resp, err := a.HTTP.Get(a.Base + "/v1/payments/" + id) // want "\\[retrybackoff\\] GET /v1/payments/\\{\\} is retried by retryx.Quick .line 40. every 50ms"
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		return json.NewDecoder(resp.Body).Decode(&s)
	})
	return &s, err
}

// GetSettlement honours 429 Retry-After and backs off on 5xx; 4xx stop.
func (a *API) GetSettlement(id string) (*Settlement, error) {
	wait := time.Second
	for attempt := 0; attempt < 4; attempt++ {
		req, _ := http.NewRequest(http.MethodGet, a.Base+"/v1/settlements/"+id, nil)
		req.Header.Set("Authorization", "Bearer "+a.bearer())
		resp, err := a.HTTP.Do(req)
		if err != nil {
			time.Sleep(wait)
			wait *= 2
			continue
		}
		switch {
		case resp.StatusCode == http.StatusOK:
			var s Settlement
			err = json.NewDecoder(resp.Body).Decode(&s)
			resp.Body.Close()
			return &s, err
		case resp.StatusCode == http.StatusTooManyRequests:
			secs, _ := strconv.Atoi(resp.Header.Get("Retry-After"))
			resp.Body.Close()
			time.Sleep(time.Duration(secs+1) * time.Second)
		case resp.StatusCode >= 500:
			resp.Body.Close()
			time.Sleep(wait)
			wait *= 2
		default:
			resp.Body.Close()
			return nil, fmt.Errorf("settlement %s: %s", id, resp.Status)
		}
	}
	return nil, fmt.Errorf("settlement %s: unavailable", id)
}
