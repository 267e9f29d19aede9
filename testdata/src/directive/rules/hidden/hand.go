package hidden

import (
	"errors"
	"net/http"
)

// charge retries the generated wrapper: reported in either setting.
func charge(c *http.Client, body []byte) error {
	for i := 0; i < 3; i++ {
		resp, err := CreatePayment(c, body) // want `without an idempotency key`
		if err == nil {
			return resp.Body.Close()
		}
	}
	return errors.New("gave up")
}
