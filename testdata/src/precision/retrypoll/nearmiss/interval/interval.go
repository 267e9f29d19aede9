// Package interval holds the near miss of the read-retry look-alike: a
// poll that also checks the HTTP status code is still a poll.
package interval

import (
	"encoding/json"
	"net/http"
	"time"
)

type payment struct{ Status string }

func pollWithStatusCode(hc *http.Client, base, id string) *payment {
	for i := 0; i < 100; i++ {
		resp, err := hc.Get(base + "/v1/payments/" + id)
		if err != nil {
			return nil
		}
		if resp.StatusCode >= 500 {
			resp.Body.Close()
			return nil
		}
		var p payment
		_ = json.NewDecoder(resp.Body).Decode(&p)
		resp.Body.Close()
		if p.Status == "CONFIRMED" || p.Status == "FAILED" {
			return &p
		}
		time.Sleep(100 * time.Millisecond) // want `polled every 100ms`
	}
	return nil
}
