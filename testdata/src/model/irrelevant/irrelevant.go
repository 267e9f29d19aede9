// Package irrelevant cannot reach a payment op: the model skips it.
package irrelevant // want `irrelevant`

import (
	"strings"
	"time"
)

type Ticket struct{ ID string }

func Post(url string) error { return nil }

func process(ids []string) {
	for _, id := range ids {
		for i := 0; i < 3; i++ {
			if Post("/v1/payments/"+strings.TrimSpace(id)) == nil {
				break
			}
			time.Sleep(time.Second)
		}
	}
}
